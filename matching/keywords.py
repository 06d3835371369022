"""What of the matching assistant's knowledge is still code: the tokenizer's extra words and the
categories each agency usually answers.

The vocabulary itself (each agency's keywords, each mechanism's need phrases, products and
keywords) is data: fields of ``agencies.Agency`` and ``agencies.Mechanism``, seeded by
``agencies/migrations/0006_seed_vocabulary.py`` and edited by staff in the admin; with
``matching.ProductNeed`` (what a product usually needs) and ``matching.GenericWord``.
"""

# Words the bundled Thai dictionary lacks, so the tokenizer keeps them whole.
DOMAIN_WORDS = [
    "ซินโครตรอน",
    "โทรมาตร",
    "หอดูดาว",
    "ดาราศาสตร์",
    "ภูมิสารสนเทศ",
    "มาตรวิทยา",
    "จีไอเอส",
    "ไอโซโทป",
    "กัมมันตรังสี",
    "สตาร์ทอัพ",
    "โอทอป",
    "มผช",
    "เวชสำอาง",
    "จีโนมิกส์",
    "ท้องฟ้าจำลอง",
    "กล้องโทรทรรศน์",
    "ฉายรังสี",
    "สอบเทียบ",
    "ทำหมันแมลง",
    "สมาร์ทฟาร์ม",
    "ไบโอเทค",
    "เนคเทค",
    "เอ็มเทค",
    "นาโนเทค",
    "ไทยโชต",
    "ไอโอที",
    "สวทช",
    "สวทน",
    "สสนก",
    "อพวช",
    "คัดกรอง",
    "ไรซ์เบอร์รี่",
    "เชื้อก่อโรค",
    "อนุมูลอิสระ",
]

# The categories in whose requests an agency typically answers (category codes).
AGENCY_CATEGORIES: dict[str, set[str]] = {
    "OM": {"learning-knowledge"},
    "OPS": {"processing-otop-packaging", "learning-knowledge"},
    "DSS": {"agri-industry-testing", "processing-otop-packaging"},
    "OAP": {"agri-industry-testing"},
    "NIMT": {"agri-industry-testing"},
    "TISTR": {"agri-industry-testing", "processing-otop-packaging"},
    "GISTDA": {"agri-industry-testing", "learning-knowledge"},
    "NSTDA": {"agri-industry-testing", "processing-otop-packaging"},
    "NSM": {"learning-knowledge"},
    "TINT": {"agri-industry-testing", "processing-otop-packaging"},
    "STI": {"learning-knowledge"},
    "SLRI": {"agri-industry-testing"},
    "HAII": {"agri-industry-testing", "learning-knowledge"},
    "NARIT": {"learning-knowledge"},
    "NIA": {"processing-otop-packaging", "learning-knowledge"},
    "TCELS": {"processing-otop-packaging"},
}
