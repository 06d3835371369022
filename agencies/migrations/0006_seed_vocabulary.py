"""Seed vocabulary of the matching assistant: each agency's and mechanism's keywords
and a first set of need phrases, as data.

Moved from the former ``matching/keywords.py``; staff edit them in the admin from now on. A
keyword list is only written where the record's field is still empty, so a re-run never
overwrites what staff wrote.
"""

from django.db import migrations

# agency code → keywords (one per line)
AGENCY_KEYWORDS = {
    "DSS": "กรมวิทยาศาสตร์บริการ\nวศ\nห้องปฏิบัติการ\nlaboratory\nทดสอบ\nวิเคราะห์",
    "GISTDA": "สทอภ\nดาวเทียม\nภูมิสารสนเทศ\nแผนที่\nsatellite\ngis",
    "HAII": "สสนก\nทรัพยากรน้ำ\nบริหารจัดการน้ำ\nwater management",
    "NARIT": "สดร\nดาราศาสตร์\nหอดูดาว\nastronomy",
    "NIA": "สนช\nนวัตกรรม\ninnovation",
    "NIMT": "มาตรวิทยา\nมว\nการวัด\nเครื่องมือวัด\nmeasurement\nmetrology",
    "NSM": "อพวช\nพิพิธภัณฑ์\nแหล่งเรียนรู้\nนิทรรศการ\nmuseum",
    "NSTDA": "สวทช\nไบโอเทค\nเอ็มเทค\nเนคเทค\nนาโนเทค\nเทคโนโลยีชีวภาพ",
    "OAP": "ปรมาณูเพื่อสันติ\nปส\nรังสี\nนิวเคลียร์\nradiation\nnuclear",
    "OM": "รัฐมนตรี\nminister",
    "OPS": "สำนักงานปลัดกระทรวง\nปลัดกระทรวง\nสป.วท\nศวภ\nศูนย์ประสานงาน",
    "SLRI": "สถาบันวิจัยแสงซินโครตรอน\nซินโครตรอน\nsynchrotron\nสซ",
    "STI": "สวทน\nนโยบาย\npolicy",
    "TCELS": "ศลช\nชีววิทยาศาสตร์\nlife science\nสมุนไพร\nสุขภาพ",
    "TINT": "สทน\nฉายรังสี\nเทคนิคนิวเคลียร์\nirradiation",
    "TISTR": "วว\nศูนย์บรรจุภัณฑ์ไทย\nแปรรูป\nprocessing",
}

# "agency code|mechanism English name" → keywords (one per line)
MECHANISM_KEYWORDS = {
    "DSS|S&T information and library services": "ห้องสมุด\n"
    "สารสนเทศ\n"
    "ฐานข้อมูล\n"
    "เอกสารวิชาการ\n"
    "วารสาร\n"
    "หนังสือ\n"
    "library\n"
    "information",
    "DSS|drinking-water quality and water filters for communities": "น้ำดื่ม\n"
    "น้ำบริโภค\n"
    "น้ำประปา\n"
    "ประปาหมู่บ้าน\n"
    "กรองน้ำ\n"
    "เครื่องกรองน้ำ\n"
    "ระบบกรองน้ำ\n"
    "สารกรอง\n"
    "สนิมเหล็ก\n"
    "น้ำบาดาล\n"
    "คุณภาพน้ำ\n"
    "น้ำสะอาด\n"
    "ตู้น้ำดื่ม\n"
    "น้ำกระด้าง\n"
    "drinking water\n"
    "water filter",
    "DSS|laboratory accreditation and proficiency testing": "รับรองความสามารถ\n"
    "รับรองห้องปฏิบัติการ\n"
    "ทดสอบความชำนาญ\n"
    "iso\n"
    "17025\n"
    "accreditation\n"
    "proficiency",
    "DSS|product standards and quality testing for community/OTOP products": "มาตรฐานผลิตภัณฑ์ชุมชน\n"
    "มผช\n"
    "มอก\n"
    "อย\n"
    "โอทอป\n"
    "otop\n"
    "คุณภาพผลิตภัณฑ์\n"
    "มาตรฐาน\n"
    "ใบรับรอง\n"
    "ผลิตภัณฑ์ชุมชน\n"
    "สินค้าชุมชน\n"
    "standard\n"
    "quality",
    "DSS|technology transfer for community products": "สบู่\n"
    "แชมพู\n"
    "น้ำยาล้างจาน\n"
    "ผลิตภัณฑ์ทำความสะอาด\n"
    "เซรามิก\n"
    "เครื่องปั้นดินเผา\n"
    "ดินเผา\n"
    "เคลือบ\n"
    "ย้อมสี\n"
    "สีธรรมชาติ\n"
    "ผ้าทอ\n"
    "ผ้าไหม\n"
    "ผ้าฝ้าย\n"
    "เครื่องเงิน\n"
    "เครื่องจักสาน\n"
    "ผลิตภัณฑ์ชุมชน\n"
    "กลุ่มอาชีพ\n"
    "soap\n"
    "ceramic",
    "DSS|testing and analysis laboratory services": "ตรวจวิเคราะห์\n"
    "ห้องแล็บ\n"
    "สารปนเปื้อน\n"
    "สารพิษตกค้าง\n"
    "โลหะหนัก\n"
    "ตะกั่ว\n"
    "สารเคมี\n"
    "ผลวิเคราะห์\n"
    "ตัวอย่าง\n"
    "ดิน\n"
    "ปุ๋ย\n"
    "testing\n"
    "analysis",
    "GISTDA|GIS training": "อบรมจีไอเอส\nอบรมแผนที่\nฝึกอบรม\ngis training",
    "GISTDA|disaster monitoring (flood/drought/fire hotspots)": "ภัยพิบัติ\n"
    "ไฟป่า\n"
    "จุดความร้อน\n"
    "หมอกควัน\n"
    "เผาไหม้\n"
    "พื้นที่น้ำท่วม\n"
    "พื้นที่ภัยแล้ง\n"
    "hotspot\n"
    "disaster",
    "GISTDA|geo-informatics and GIS services": "แผนที่\n"
    "ระบบสารสนเทศภูมิศาสตร์\n"
    "จีไอเอส\n"
    "พิกัด\n"
    "ฐานข้อมูลเชิงพื้นที่\n"
    "ผังเมือง\n"
    "ขอบเขตที่ดิน\n"
    "map\n"
    "gis",
    "GISTDA|remote sensing for agriculture and land use": "สำรวจระยะไกล\n"
    "การใช้ที่ดิน\n"
    "พื้นที่เพาะปลูก\n"
    "แปลงเกษตร\n"
    "พื้นที่ปลูก\n"
    "ผลผลิตต่อไร่\n"
    "ป่าไม้\n"
    "บุกรุกป่า\n"
    "remote sensing\n"
    "land use",
    "GISTDA|satellite imagery (THEOS/Thaichote)": "ภาพถ่ายดาวเทียม\n"
    "ภาพดาวเทียม\n"
    "ธีออส\n"
    "ไทยโชต\n"
    "ภาพถ่ายทางอากาศ\n"
    "theos\n"
    "satellite image",
    "HAII|agricultural and weather informatics": "สภาพอากาศ\nอากาศ\nฝน\nข้อมูลการเกษตร\nปฏิทินเพาะปลูก\nweather",
    "HAII|community water management": "บริหารจัดการน้ำ\n"
    "จัดการน้ำชุมชน\n"
    "แหล่งน้ำ\n"
    "ฝาย\n"
    "สระน้ำ\n"
    "อ่างเก็บน้ำ\n"
    "ขาดแคลนน้ำ\n"
    "น้ำเพื่อการเกษตร\n"
    "ผังน้ำ\n"
    "water",
    "HAII|flood and drought monitoring and forecasting": "น้ำท่วม\n"
    "อุทกภัย\n"
    "ภัยแล้ง\n"
    "น้ำหลาก\n"
    "คาดการณ์\n"
    "พยากรณ์\n"
    "เตือนภัย\n"
    "flood\n"
    "drought",
    "HAII|water resources data and telemetry (Thaiwater)": "โทรมาตร\n"
    "สถานีวัดน้ำ\n"
    "ระดับน้ำ\n"
    "ปริมาณน้ำฝน\n"
    "ข้อมูลน้ำ\n"
    "คลังข้อมูลน้ำ\n"
    "thaiwater\n"
    "telemetry",
    "NARIT|astronomy outreach and teacher training": "ดูดาว\n"
    "ท้องฟ้า\n"
    "ดวงดาว\n"
    "สุริยุปราคา\n"
    "จันทรุปราคา\n"
    "ฝนดาวตก\n"
    "อบรมครู\n"
    "ครู\n"
    "ค่ายดาราศาสตร์\n"
    "outreach",
    "NARIT|astronomy research": "วิจัยดาราศาสตร์\nดาวเคราะห์\nกาแล็กซี\nresearch",
    "NARIT|national and regional public observatories": "หอดูดาว\n"
    "หอดูดาวภูมิภาค\n"
    "กล้องโทรทรรศน์\n"
    "ท้องฟ้าจำลอง\n"
    "observatory\n"
    "telescope",
    "NARIT|optics and precision instrumentation": "ทัศนศาสตร์\nเลนส์\nกระจก\noptics",
    "NIA|innovation grants and funding for businesses": "ทุน\n"
    "ทุนนวัตกรรม\n"
    "เงินทุน\n"
    "ทุนอุดหนุน\n"
    "ธุรกิจนวัตกรรม\n"
    "grant\n"
    "funding",
    "NIA|innovation networks and clusters": "เครือข่ายนวัตกรรม\nคลัสเตอร์\ncluster\nnetwork",
    "NIA|social and community innovation": "นวัตกรรมชุมชน\n"
    "นวัตกรรมสังคม\n"
    "นวัตกรรมท้องถิ่น\n"
    "ภูมิปัญญาท้องถิ่น\n"
    "ภูมิปัญญา\n"
    "ชุมชนนวัตกรรม\n"
    "social innovation",
    "NIA|startup and innovation business support": "สตาร์ทอัพ\nธุรกิจเริ่มต้น\nผู้ประกอบการรุ่นใหม่\nบ่มเพาะธุรกิจ\nstartup",
    "NIMT|calibration services": "สอบเทียบ\n"
    "เครื่องชั่ง\n"
    "ตาชั่ง\n"
    "ตราชั่ง\n"
    "ตุ้มน้ำหนัก\n"
    "เทอร์โมมิเตอร์\n"
    "มาตรวัด\n"
    "เครื่องวัดความชื้น\n"
    "ความชื้น\n"
    "ความแม่นยำ\n"
    "ความเที่ยงตรง\n"
    "ชั่งน้ำหนัก\n"
    "ชั่งตวงวัด\n"
    "calibration\n"
    "scale",
    "NIMT|measurement advice for industry": "ที่ปรึกษาการวัด\n"
    "โรงงาน\n"
    "อุตสาหกรรม\n"
    "ความคลาดเคลื่อน\n"
    "ค่าความไม่แน่นอน\n"
    "industry",
    "NIMT|metrology training": "อบรมมาตรวิทยา\nฝึกอบรม\nหลักสูตร\ntraining",
    "NIMT|national measurement standards and traceability": "มาตรฐานการวัด\nการสอบกลับได้\nหน่วยวัด\ntraceability",
    "NIMT|proficiency testing and reference materials": "วัสดุอ้างอิง\n"
    "สารมาตรฐาน\n"
    "ทดสอบความชำนาญ\n"
    "reference material",
    "NSM|National Science and Technology Fair": "มหกรรมวิทยาศาสตร์\nสัปดาห์วิทยาศาสตร์\nงานวันวิทยาศาสตร์\nfair",
    "NSM|science camps": "ค่ายวิทยาศาสตร์\nค่าย\ncamp",
    "NSM|science communication and education activities": "สื่อการเรียนรู้\n"
    "กิจกรรมวิทยาศาสตร์\n"
    "การทดลอง\n"
    "นักเรียน\n"
    "ครู\n"
    "โรงเรียน\n"
    "เด็ก\n"
    "เยาวชน\n"
    "ความรู้วิทยาศาสตร์\n"
    "การเรียนการสอน\n"
    "education",
    "NSM|science museums and learning centres": "พิพิธภัณฑ์วิทยาศาสตร์\n"
    "แหล่งเรียนรู้\n"
    "ศูนย์การเรียนรู้\n"
    "ศูนย์เรียนรู้\n"
    "ศูนย์วิทยาศาสตร์\n"
    "ห้องเรียนรู้\n"
    "จัดแสดง\n"
    "learning centre\n"
    "museum",
    "NSM|travelling/mobile science exhibitions": "นิทรรศการสัญจร\n"
    "นิทรรศการเคลื่อนที่\n"
    "รถนิทรรศการ\n"
    "นิทรรศการ\n"
    "exhibition",
    "NSTDA|R&D through national centres (BIOTEC/MTEC/NECTEC/NANOTEC)": "วิจัยและพัฒนา\n"
    "วัสดุ\n"
    "อิเล็กทรอนิกส์\n"
    "เซนเซอร์\n"
    "ไอโอที\n"
    "iot\n"
    "นาโน\n"
    "ซอฟต์แวร์\n"
    "แอปพลิเคชัน\n"
    "สมาร์ทฟาร์ม\n"
    "ฟาร์มอัจฉริยะ\n"
    "research",
    "NSTDA|S&T talent programmes": "ทุนการศึกษา\n"
    "เยาวชน\n"
    "นักวิทยาศาสตร์รุ่นเยาว์\n"
    "พัฒนากำลังคน\n"
    "โครงงานวิทยาศาสตร์\n"
    "talent",
    "NSTDA|Thailand Science Park": "อุทยานวิทยาศาสตร์ประเทศไทย\nบ่มเพาะ\nscience park",
    "NSTDA|plant tissue culture and agricultural biotechnology": "เพาะเลี้ยงเนื้อเยื่อ\n"
    "เนื้อเยื่อพืช\n"
    "ต้นพันธุ์\n"
    "กล้าพันธุ์\n"
    "ขยายพันธุ์\n"
    "ปลอดโรค\n"
    "เมล็ดพันธุ์\n"
    "พันธุ์ข้าว\n"
    "ข้าวพันธุ์ดี\n"
    "กล้วยไม้\n"
    "หน่อไม้ฝรั่ง\n"
    "ปรับปรุงพันธุ์\n"
    "โรคพืช\n"
    "tissue culture\n"
    "biotechnology",
    "NSTDA|technology assistance for SMEs (ITAP)": "itap\n"
    "ผู้ประกอบการ\n"
    "เอสเอ็มอี\n"
    "sme\n"
    "ที่ปรึกษาเทคโนโลยี\n"
    "ปรับปรุงกระบวนการผลิต\n"
    "เครื่องจักร\n"
    "ลดต้นทุน\n"
    "โรงงาน",
    "NSTDA|technology transfer and licensing": "อนุญาตให้ใช้สิทธิ\nสิทธิบัตร\nผลงานวิจัย\nถ่ายทอดเทคโนโลยี\nlicensing",
    "OAP|environmental radiation monitoring": "เฝ้าระวังรังสี\n"
    "ตรวจวัดรังสี\n"
    "ระดับรังสี\n"
    "รังสีในสิ่งแวดล้อม\n"
    "กัมมันตภาพรังสี\n"
    "เรดอน\n"
    "monitoring",
    "OAP|nuclear and radiation regulation and licensing": "ใบอนุญาต\n"
    "ขออนุญาต\n"
    "ครอบครอง\n"
    "วัสดุกัมมันตรังสี\n"
    "เครื่องกำเนิดรังสี\n"
    "เอกซเรย์\n"
    "license",
    "OAP|nuclear security and safeguards": "ความมั่นคงปลอดภัยทางนิวเคลียร์\nพิทักษ์\nsafeguards",
    "OAP|radiation safety inspection": "ความปลอดภัยทางรังสี\n"
    "ตรวจสอบความปลอดภัย\n"
    "เครื่องเอกซเรย์\n"
    "โรงพยาบาล\n"
    "เจ้าหน้าที่ความปลอดภัยทางรังสี\n"
    "radiation safety\n"
    "x-ray",
    "OAP|radiological emergency response": "เหตุฉุกเฉินทางรังสี\n"
    "ฉุกเฉิน\n"
    "สารกัมมันตรังสี\n"
    "ต้นกำเนิดรังสี\n"
    "สูญหาย\n"
    "เศษเหล็ก\n"
    "ซ้อมแผน\n"
    "emergency",
    "OM|coordination of the minister's programmes and provincial visits": "ตรวจเยี่ยม\n"
    "ลงพื้นที่\n"
    "เยี่ยมชม\n"
    "ตรวจราชการ\n"
    "เปิดงาน\n"
    "ประธานในพิธี\n"
    "visit",
    "OM|ministerial policy direction": "นโยบายรัฐมนตรี\nข้อสั่งการ\nมอบนโยบาย\npolicy direction",
    "OM|political liaison": "ประสานงานการเมือง\nสมาชิกสภาผู้แทนราษฎร\nส.ส.\nนักการเมือง",
    "OM|public relations": "ประชาสัมพันธ์\nสื่อมวลชน\nแถลงข่าว\nเผยแพร่ข่าว\nสื่อสารผลงาน\npublic relations\npress",
    "OPS|community technology transfer via technology clinics": "คลินิกเทคโนโลยี\n"
    "ถ่ายทอดเทคโนโลยี\n"
    "อบรม\n"
    "ฝึกอบรม\n"
    "อาชีพ\n"
    "เกษตรกร\n"
    "วิสาหกิจชุมชน\n"
    "กลุ่มแม่บ้าน\n"
    "มหาวิทยาลัย\n"
    "technology clinic\n"
    "technology transfer",
    "OPS|ministry strategy/budget/inspection coordination": "งบประมาณ\n"
    "แผนงบประมาณ\n"
    "บูรณาการแผน\n"
    "ยุทธศาสตร์\n"
    "แผนปฏิบัติการ\n"
    "ตรวจราชการ\n"
    "ติดตามประเมินผล\n"
    "budget\n"
    "strategy",
    "OPS|provincial and regional S&T coordination (regional coordination centres)": "ผู้บริหารวิทยาศาสตร์จังหวัด\n"
    "ประสานงาน\n"
    "ประสานหน่วยงาน\n"
    "ประชุมเชิงปฏิบัติการ\n"
    "เครือข่ายวิทยาศาสตร์จังหวัด\n"
    "คณะทำงาน\n"
    "บูรณาการ\n"
    "coordination",
    "OPS|regional science park programme": "อุทยานวิทยาศาสตร์ภูมิภาค\nอุทยานวิทยาศาสตร์\nscience park",
    "SLRI|industrial and agricultural applications of synchrotron light": "ยางพารา\n"
    "สารสำคัญ\n"
    "โครงสร้างโมเลกุล\n"
    "คุณภาพวัตถุดิบ",
    "SLRI|materials and chemical analysis (XAS/XRD/FTIR imaging)": "วิเคราะห์วัสดุ\n"
    "โครงสร้างผลึก\n"
    "องค์ประกอบธาตุ\n"
    "ธาตุ\n"
    "แร่\n"
    "ดินเหนียว\n"
    "เนื้อดิน\n"
    "โบราณวัตถุ\n"
    "อัญมณี\n"
    "xrd\n"
    "xas\n"
    "ftir",
    "SLRI|synchrotron light beamline services": "แสงซินโครตรอน\nลำเลียงแสง\nbeamline",
    "SLRI|user training": "อบรมผู้ใช้\nฝึกอบรม\ntraining",
    "STI|STI policy research and advice": "นโยบายวิทยาศาสตร์\n"
    "แผนวิทยาศาสตร์\n"
    "ยุทธศาสตร์วิทยาศาสตร์\n"
    "ข้อเสนอเชิงนโยบาย\n"
    "แผนพัฒนาจังหวัด\n"
    "policy",
    "STI|area-based innovation policy support": "นวัตกรรมเชิงพื้นที่\n"
    "ระบบนวัตกรรม\n"
    "แผนนวัตกรรมจังหวัด\n"
    "เชิงพื้นที่\n"
    "area-based",
    "STI|national R&D and innovation surveys and indicators": "ดัชนี\n"
    "ตัวชี้วัด\n"
    "สำรวจข้อมูล\n"
    "สถิติ\n"
    "ค่าใช้จ่ายวิจัย\n"
    "indicator\n"
    "survey",
    "STI|talent mobility (researchers to industry)": "นักวิจัย\n"
    "อาจารย์\n"
    "ภาคเอกชน\n"
    "สถานประกอบการ\n"
    "talent mobility",
    "TCELS|commercialisation of biomedical and health products": "ผลิตภัณฑ์สุขภาพ\n"
    "อาหารเสริม\n"
    "ชีวการแพทย์\n"
    "ขึ้นทะเบียน\n"
    "เชิงพาณิชย์\n"
    "biomedical",
    "TCELS|genomics and precision medicine": "จีโนม\nจีโนมิกส์\nการแพทย์แม่นยำ\nพันธุกรรม\ngenomics",
    "TCELS|life-science business promotion": "ธุรกิจชีววิทยาศาสตร์\nธุรกิจสุขภาพ\nสปา\nlife science",
    "TCELS|medical device and herbal/cosmetic product development support": "สมุนไพร\n"
    "เครื่องสำอาง\n"
    "เวชสำอาง\n"
    "สารสกัด\n"
    "ครีม\n"
    "แพทย์แผนไทย\n"
    "ลูกประคบ\n"
    "เครื่องมือแพทย์\n"
    "อุปกรณ์การแพทย์\n"
    "herbal\n"
    "cosmetic",
    "TINT|irradiation services (food/agricultural products/medical devices/gemstones)": "ฉายรังสี\n"
    "รังสีแกมมา\n"
    "ส่งออก\n"
    "ผลไม้ส่งออก\n"
    "กักกันพืช\n"
    "มังคุด\n"
    "ลำไย\n"
    "มะม่วง\n"
    "ฆ่าเชื้อ\n"
    "ลดเชื้อ\n"
    "อัญมณี\n"
    "พลอย\n"
    "ผงไหม\n"
    "โปรตีนไหม\n"
    "irradiation\n"
    "gamma",
    "TINT|nuclear analytical services": "วิเคราะห์ธาตุ\nเทคนิคนิวเคลียร์\nตรวจวิเคราะห์ธาตุ",
    "TINT|nuclear techniques for agriculture and food (mutation breeding/sterile insect technique)": "ทำหมันแมลง\n"
    "แมลงวันผลไม้\n"
    "แมลงศัตรูพืช\n"
    "กลายพันธุ์\n"
    "ปรับปรุงพันธุ์ด้วยรังสี\n"
    "พันธุ์ใหม่\n"
    "sterile "
    "insect\n"
    "mutation",
    "TINT|radioactive waste management": "กากกัมมันตรังสี\nกากรังสี\nradioactive waste",
    "TINT|radioisotope and radiopharmaceutical production": "ไอโซโทปรังสี\nเภสัชภัณฑ์รังสี\nisotope",
    "TISTR|chemical and microbiological testing": "จุลินทรีย์\n"
    "เชื้อจุลินทรีย์\n"
    "เชื้อโรค\n"
    "จุลชีววิทยา\n"
    "ทดสอบทางเคมี\n"
    "microbiological",
    "TISTR|contract R&D": "วิจัยและพัฒนา\nงานวิจัย\nจ้างวิจัย\nresearch",
    "TISTR|microbial culture collection": "หัวเชื้อ\n"
    "หัวเชื้อจุลินทรีย์\n"
    "สายพันธุ์จุลินทรีย์\n"
    "ปุ๋ยชีวภาพ\n"
    "จุลินทรีย์ปรับปรุงดิน\n"
    "ยีสต์\n"
    "หมัก\n"
    "น้ำหมักชีวภาพ\n"
    "culture",
    "TISTR|packaging design and testing (Thai Packaging Centre)": "บรรจุภัณฑ์\n"
    "หีบห่อ\n"
    "ออกแบบบรรจุภัณฑ์\n"
    "ฉลาก\n"
    "กล่อง\n"
    "ถุง\n"
    "ขวด\n"
    "ตราสินค้า\n"
    "โลโก้\n"
    "ของฝาก\n"
    "packaging\n"
    "package\n"
    "label",
    "TISTR|pilot-scale production and agro-industry processing": "แปรรูปผลผลิต\n"
    "แปรรูปผลผลิตทางการเกษตร\n"
    "อุตสาหกรรมเกษตร\n"
    "โรงงานต้นแบบ\n"
    "เครื่องจักรแปรรูป\n"
    "ผลผลิตล้นตลาด\n"
    "มูลค่าเพิ่ม\n"
    "pilot\n"
    "agro-industry",
    "TISTR|product development for SMEs and communities": "พัฒนาผลิตภัณฑ์\n"
    "ผลิตภัณฑ์ใหม่\n"
    "สูตร\n"
    "พัฒนาสูตร\n"
    "อาหาร\n"
    "ขนม\n"
    "เครื่องดื่ม\n"
    "น้ำผลไม้\n"
    "ไวน์\n"
    "อบแห้ง\n"
    "แปรรูปอาหาร\n"
    "ยืดอายุการเก็บ\n"
    "อายุการเก็บรักษา\n"
    "ถนอมอาหาร\n"
    "วิสาหกิจ\n"
    "sme\n"
    "product development\n"
    "shelf life",
}

# "agency code|mechanism English name" → need phrases (one per line): how provinces say it
NEED_PHRASES = {
    "DSS|drinking-water quality and water filters for communities": "น้ำมีตะกอน\n"
    "น้ำขุ่น\n"
    "น้ำมีกลิ่น\n"
    "ตรวจคุณภาพน้ำ\n"
    "น้ำไม่สะอาด",
    "DSS|technology transfer for community products": "ป้องกันเชื้อรา\nสีไม่ตก\nถ่ายทอดการผลิต",
    "DSS|testing and analysis laboratory services": "ตรวจวิเคราะห์ตัวอย่าง\n"
    "ตรวจสารปนเปื้อน\n"
    "ตรวจสารพิษตกค้าง\n"
    "วิเคราะห์สารสำคัญ\n"
    "สารต้านอนุมูลอิสระ\n"
    "ผลตรวจวิเคราะห์\n"
    "ปลอมปน",
    "GISTDA|disaster monitoring (flood/drought/fire hotspots)": "จุดความร้อน\n"
    "ไฟป่า\n"
    "หมอกควัน\n"
    "แผนที่น้ำท่วม\n"
    "พื้นที่น้ำท่วม",
    "HAII|agricultural and weather informatics": "ข้อมูลสภาพอากาศ\nข้อมูลฝน\nพยากรณ์อากาศ",
    "HAII|flood and drought monitoring and forecasting": "เตือนภัยล่วงหน้า\nระบบเตือนภัย\nคาดการณ์น้ำ\nน้ำท่วมซ้ำซาก",
    "NARIT|astronomy outreach and teacher training": "ดูดาว\nอบรมครูดาราศาสตร์\nกล้องดูดาว",
    "NIA|innovation grants and funding for businesses": "เข้าถึงเงินทุน\nทุนสนับสนุนธุรกิจ\nเงินทุนขยายกิจการ",
    "NIMT|calibration services": "ตาชั่งไม่เที่ยงตรง\n"
    "เครื่องวัดอ่านค่าไม่ตรง\n"
    "ความแม่นยำของเครื่อง\n"
    "อ่านค่าต่างกัน\n"
    "เครื่องชั่ง\n"
    "เครื่องวัดความชื้น",
    "NSM|science camps": "ค่ายวิทยาศาสตร์",
    "NSM|travelling/mobile science exhibitions": "นิทรรศการเคลื่อนที่\nโรงเรียนห่างไกล",
    "NSTDA|technology transfer and licensing": "เครื่องอบแห้ง\nพลังงานแสงอาทิตย์\nเทคโนโลยีหลังการเก็บเกี่ยว\nลดความชื้น",
    "OAP|radiation safety inspection": "รังสีรั่วไหล\nเครื่องเอกซเรย์\nตรวจการรั่วไหลของรังสี",
    "STI|talent mobility (researchers to industry)": "นักวิจัยไปทำงานในโรงงาน\nนักวิจัยสู่ภาคอุตสาหกรรม",
    "TCELS|genomics and precision medicine": "ตรวจคัดกรองพันธุกรรม\nยีนเสี่ยงโรค",
    "TINT|irradiation services (food/agricultural products/medical devices/gemstones)": "กำจัดแมลงก่อนส่งออก\n"
    "แมลงวันผลไม้\n"
    "ยืดอายุโดยไม่ใช้สารเคมี\n"
    "ไม่ใช้สารกันบูด",
    "TINT|nuclear techniques for agriculture and food (mutation breeding/sterile insect technique)": "ปรับปรุงพันธุ์\n"
    "ทนแล้ง\n"
    "ต้านทานโรค\n"
    "พันธุ์ใหม่",
    "TISTR|chemical and microbiological testing": "ตรวจเชื้อ\n"
    "ตรวจเชื้อจุลินทรีย์\n"
    "เชื้อก่อโรค\n"
    "จุลินทรีย์เกินเกณฑ์\n"
    "ตรวจสารเคมี\n"
    "อาหารปลอดภัย",
    "TISTR|packaging design and testing (Thai Packaging Centre)": "ออกแบบบรรจุภัณฑ์\n"
    "กล่อง\n"
    "ฉลาก\n"
    "ขวด\n"
    "หีบห่อ\n"
    "บรรจุภัณฑ์สำหรับขนส่ง",
    "TISTR|pilot-scale production and agro-industry processing": "คั่ว\nแปรรูปผลผลิต\nเครื่องจักรแปรรูป\nกำลังการผลิต",
    "TISTR|product development for SMEs and communities": "ยืดอายุการเก็บ\nเก็บได้นาน\nพัฒนาสูตร\nผลิตภัณฑ์ใหม่",
}


def seed(apps, schema_editor):
    Agency = apps.get_model("agencies", "Agency")
    Mechanism = apps.get_model("agencies", "Mechanism")
    for agency in Agency.objects.filter(code__in=AGENCY_KEYWORDS, keywords=""):
        agency.keywords = AGENCY_KEYWORDS[agency.code]
        agency.save(update_fields=["keywords"])
    for mechanism in Mechanism.objects.select_related("agency").filter(keywords=""):
        words = MECHANISM_KEYWORDS.get(f"{mechanism.agency.code}|{mechanism.name_en}")
        if words:
            mechanism.keywords = words
            mechanism.save(update_fields=["keywords"])
    for mechanism in Mechanism.objects.select_related("agency").filter(need_phrases=""):
        phrases = NEED_PHRASES.get(f"{mechanism.agency.code}|{mechanism.name_en}")
        if phrases:
            mechanism.need_phrases = phrases
            mechanism.save(update_fields=["need_phrases"])


class Migration(migrations.Migration):
    dependencies = [("agencies", "0005_vocabulary")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
