"""A small history of past requests and how agencies answered them, for the learning tests.

Written apart from tests/data/matching_eval.csv: different provinces' wording of the kind of
needs the programme sees, each with the agency that accepted it and, for some, one that declined.
"""

from agencies.models import Mechanism
from provinces.models import Province
from requests_app.models import Assignment, Category
from tests.factories import AssignmentFactory, RequestFactory

# (title, description, category code, province code, accepted (agency, mechanism name_en), declined agency code)
PAST = [
    (
        "ตรวจสอบเครื่องชั่งสินค้าเกษตรของสหกรณ์",
        "สหกรณ์รับซื้อยางและมันสำปะหลังต้องการให้ตรวจความถูกต้องของเครื่องชั่งรถบรรทุก",
        "agri-industry-testing",
        "31",
        ("NIMT", "calibration services"),
        "DSS",
    ),
    (
        "แผนที่พื้นที่เสี่ยงดินถล่มจากข้อมูลดาวเทียม",
        "ต้องการข้อมูลความลาดชันและการใช้ที่ดินเพื่อเตือนภัยหมู่บ้านเชิงเขา",
        "agri-industry-testing",
        "53",
        ("GISTDA", "geo-informatics and GIS services"),
        None,
    ),
    (
        "น้ำประปาหมู่บ้านขุ่นและมีกลิ่น",
        "ระบบประปาหมู่บ้านใช้น้ำผิวดิน ต้องการระบบกรองและตรวจคุณภาพน้ำก่อนจ่าย",
        "agri-industry-testing",
        "44",
        ("DSS", "drinking-water quality and water filters for communities"),
        "HAII",
    ),
    (
        "บรรจุภัณฑ์ข้าวแต๋นน้ำแตงโมเพื่อส่งร้านสะดวกซื้อ",
        "ข้าวแต๋นแตกหักระหว่างขนส่ง ต้องการถุงและกล่องที่กันกระแทกและกันความชื้น",
        "processing-otop-packaging",
        "52",
        ("TISTR", "packaging design and testing (Thai Packaging Centre)"),
        None,
    ),
    (
        "ขยายพันธุ์หน่อกล้วยหอมปลอดโรคด้วยเนื้อเยื่อ",
        "สวนกล้วยหอมเจอโรคตายพราย ต้องการต้นพันธุ์สะอาดจากห้องปฏิบัติการ",
        "agri-industry-testing",
        "62",
        ("NSTDA", "plant tissue culture and agricultural biotechnology"),
        None,
    ),
    (
        "ฉายรังสีมะม่วงน้ำดอกไม้ก่อนส่งออก",
        "ผู้ส่งออกมะม่วงต้องการบริการกำจัดแมลงตามเงื่อนไขประเทศปลายทาง",
        "agri-industry-testing",
        "24",
        ("TINT", "irradiation services (food/agricultural products/medical devices/gemstones)"),
        None,
    ),
    (
        "ศูนย์วิทยาศาสตร์เพื่อการศึกษาประจำอำเภอ",
        "ต้องการจัดห้องนิทรรศการและกิจกรรมทดลองสำหรับนักเรียนในอำเภอ",
        "learning-knowledge",
        "64",
        ("NSM", "science museums and learning centres"),
        None,
    ),
    (
        "กิจกรรมดูดาวในอุทยานแห่งชาติ",
        "อุทยานต้องการจัดกิจกรรมส่องกล้องดูดาวให้นักท่องเที่ยวพร้อมวิทยากร",
        "learning-knowledge",
        "63",
        ("NARIT", "astronomy outreach and teacher training"),
        None,
    ),
    (
        "ระบบเตือนภัยน้ำท่วมในเขตเมือง",
        "เทศบาลต้องการข้อมูลระดับน้ำและฝนแบบทันเวลาเพื่อแจ้งเตือนประชาชน",
        "agri-industry-testing",
        "90",
        ("HAII", "flood and drought monitoring and forecasting"),
        "GISTDA",
    ),
    (
        "ครีมบำรุงผิวจากสารสกัดมังคุด",
        "กลุ่มวิสาหกิจต้องการพัฒนาสูตรเวชสำอางและทดสอบความปลอดภัย",
        "processing-otop-packaging",
        "22",
        ("TCELS", "medical device and herbal/cosmetic product development support"),
        "TISTR",
    ),
    (
        "เงินทุนนวัตกรรมสำหรับธุรกิจแปรรูปกล้วย",
        "ผู้ประกอบการรุ่นใหม่ต้องการทุนพัฒนาขนมกล้วยแบบใหม่สู่ตลาด",
        "processing-otop-packaging",
        "65",
        ("NIA", "innovation grants and funding for businesses"),
        None,
    ),
    (
        "วิเคราะห์ธาตุในดินปลูกทุเรียน",
        "สวนทุเรียนต้องการทราบธาตุอาหารและโครงสร้างดินเพื่อปรับปรุงคุณภาพผล",
        "agri-industry-testing",
        "22",
        ("SLRI", "materials and chemical analysis (XAS/XRD/FTIR imaging)"),
        None,
    ),
    (
        "แผนยุทธศาสตร์นวัตกรรมของกลุ่มจังหวัด",
        "ต้องการการศึกษาและข้อเสนอเชิงนโยบายเพื่อจัดลำดับการลงทุนวิจัยของกลุ่มจังหวัด",
        "learning-knowledge",
        "44",
        ("STI", "STI policy research and advice"),
        None,
    ),
    (
        "ตรวจความปลอดภัยทางรังสีในห้องเอกซเรย์โรงพยาบาลจังหวัด",
        "โรงพยาบาลติดตั้งเครื่องใหม่ต้องการการตรวจวัดและคำแนะนำการป้องกันรังสี",
        "agri-industry-testing",
        "44",
        ("OAP", "radiation safety inspection"),
        "TINT",
    ),
    (
        "ถ่ายทอดเทคโนโลยีการเลี้ยงจิ้งหรีดผ่านคลินิกเทคโนโลยี",
        "เกษตรกรต้องการวิทยากรจากมหาวิทยาลัยในจังหวัดมาสอนการเลี้ยงและแปรรูปจิ้งหรีด",
        "processing-otop-packaging",
        "45",
        ("OPS", "community technology transfer via technology clinics"),
        None,
    ),
    (
        "เชิญรัฐมนตรีมอบรางวัลผลิตภัณฑ์ชุมชนดีเด่น",
        "จังหวัดจะจัดงานมอบรางวัลและขอเชิญผู้บริหารกระทรวงเป็นประธาน",
        "learning-knowledge",
        "45",
        ("OM", "coordination of the minister's programmes and provincial visits"),
        None,
    ),
]


def load_history() -> list:
    """Create the past requests (under review, so everyone sees them) with their assignments."""
    categories = {category.code: category for category in Category.objects.all()}
    created = []
    for title, description, category, province, (agency, mechanism), declined in PAST:
        request = RequestFactory(
            title=title,
            description=description,
            category=categories[category],
            province=Province.objects.get(code=province),
        )
        chosen = Mechanism.objects.get(agency__code=agency, name_en=mechanism)
        AssignmentFactory(
            request=request, agency=chosen.agency, mechanism=chosen, status=Assignment.Status.DONE
        )
        if declined:
            other = Mechanism.objects.filter(agency__code=declined).first()
            AssignmentFactory(
                request=request, agency=other.agency, mechanism=other, status=Assignment.Status.DECLINED
            )
        created.append(request)
    return created
