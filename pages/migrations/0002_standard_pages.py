"""The standard's pages, seeded once; staff edit them in the admin from then on.

Facts come only from the ministry's two source pages (docs/sources/): the programme since B.E.
2547, the MOU of 20 April 2552, the roles of the Interior ministry, the PCSOs, the technology
clinics and the regional centres (cabinet approval of 13 December 2554), and the public-relations
group's phone number. What the sources do not give (an address, an e-mail, office hours, the
Official Information Centre's place, the data-protection officer) is a highlighted placeholder
(<mark>) that staff must replace; the admin counts the ones left.
"""

from django.db import migrations

P_TH = "<mark>[ต้องกรอก: {}]</mark>"
P_EN = "<mark>[To be supplied: {}]</mark>"

ABOUT_TH = """
<p>กระทรวงวิทยาศาสตร์และเทคโนโลยีมีนโยบายนำวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม (วทน.) สู่ท้องถิ่น โดยบูรณาการงานด้าน วทน. กับจังหวัด/กลุ่มจังหวัด 18 กลุ่มจังหวัด เพื่อสร้างมูลค่าเพิ่มให้กับกระบวนการผลิต ผลิตภัณฑ์ การบริการและการจัดการทรัพยากรท้องถิ่น และถ่ายทอดความรู้ให้ท้องถิ่นพึ่งตนเองได้ ดำเนินการมาตั้งแต่ปี พ.ศ. 2547</p>
<h2 id="how">รูปแบบการดำเนินงาน</h2>
<p>การประชุมเชิงปฏิบัติการระหว่างหน่วยงานในสังกัดกระทรวง ผู้แทนหน่วยงานในจังหวัด ท้องถิ่น ชุมชนและภาคประชาชน เพื่อเรียนรู้ความสำเร็จ ระดมความคิดเห็นเพื่อรับทราบความต้องการของจังหวัด และบูรณาการแผนงานและงบประมาณให้เกิดโครงการที่เห็นผลเป็นรูปธรรม ในปีงบประมาณ พ.ศ. 2552 จัดการประชุม 4 ครั้งกับ 4 กลุ่มจังหวัด (16 จังหวัด) และมีข้อเสนอความต้องการของจังหวัด 125 เรื่องใน 3 ด้าน</p>
<h2 id="mou">บันทึกข้อตกลงความร่วมมือ 20 เมษายน 2552</h2>
<p>กระทรวงวิทยาศาสตร์และเทคโนโลยีกับกระทรวงมหาดไทยลงนามบันทึกข้อตกลงความร่วมมือ เรื่อง “การพัฒนาจังหวัดด้วยวิทยาศาสตร์และเทคโนโลยี” เมื่อวันที่ 20 เมษายน 2552 ซึ่งเป็นจุดเริ่มต้นของการทำงานเชิงบูรณาการอย่างเป็นทางการระหว่างกระทรวงกับจังหวัด/กลุ่มจังหวัด</p>
<h2 id="roles">บทบาท</h2>
<dl>
<dt>กระทรวงวิทยาศาสตร์และเทคโนโลยี</dt><dd>มอบหมายสถาบันการศึกษาที่เป็นคลินิกเทคโนโลยีเครือข่ายในแต่ละจังหวัดให้สนับสนุนงานด้าน วทน. ของจังหวัด ดำเนินกิจกรรมตอบสนองความต้องการของประชาชนและยุทธศาสตร์การพัฒนาจังหวัด/กลุ่มจังหวัด และประสาน กำกับ ติดตามแผนงานบูรณาการ โดยนำโจทย์ความต้องการไปจับคู่กับกลไกของหน่วยงานในสังกัด</dd>
<dt>กระทรวงมหาดไทยและจังหวัด</dt><dd>มอบหมายให้รองผู้ว่าราชการจังหวัดผู้ทำหน้าที่หัวหน้ากลุ่มภารกิจด้านบริหารจัดการเป็นผู้บริหารวิทยาศาสตร์จังหวัดระดับสูง และเสนอความต้องการด้าน วทน. ของจังหวัด</dd>
<dt>ผู้บริหารวิทยาศาสตร์จังหวัดระดับสูง (PCSO)</dt><dd>ประสาน กำกับ ดูแลและติดตามงาน/แผนงานบูรณาการด้าน วทน. ของจังหวัด และเชื่อมโยงหน่วยงานด้านวิทยาศาสตร์และเทคโนโลยี เพื่อผลักดันนโยบายไปสู่การปฏิบัติ</dd>
<dt>ศูนย์ประสานงานกระทรวงวิทยาศาสตร์และเทคโนโลยีประจำภูมิภาค (ศวภ.)</dt><dd>ตัวแทนของกระทรวงในระดับภูมิภาค ผ่านความเห็นชอบจากคณะรัฐมนตรีเมื่อวันที่ 13 ธันวาคม 2554 ระยะแรก 4 ศูนย์: ศวภ.1 ภาคเหนือตอนบน (เชียงใหม่) ศวภ.2 ภาคตะวันออกเฉียงเหนือตอนบน (ขอนแก่น) ศวภ.3 ภาคใต้ (สงขลา) และ ศวภ.4 ภาคตะวันออก (ชลบุรี)</dd>
<dt>หน่วยงานที่รับผิดชอบ</dt><dd>สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี (โครงการเป็นผลงานเด่นของสำนักงานปลัดกระทรวง) — กอง/กลุ่มงานที่รับผิดชอบ: {unit}</dd>
</dl>
<h2 id="portal">พอร์ทัลนี้</h2>
<p>พอร์ทัลเผยแพร่ข่าว การประชุมเชิงปฏิบัติการ โจทย์ความต้องการของจังหวัดและการตอบสนองของหน่วยงาน สถิติ และข้อมูลเปิด โดย PCSO ยื่นโจทย์ ศวภ. และกระทรวงจับคู่กับหน่วยงาน และหน่วยงานรายงานผล</p>
""".format(unit=P_TH.format("ชื่อกอง/กลุ่มงานที่รับผิดชอบโครงการ"))

ABOUT_EN = """
<p>Since B.E. 2547 (2004) the Ministry of Science and Technology has brought science, technology and innovation (STI) to the provinces by integrating its work with the provinces and the 18 province clusters: adding value to local production, products, services and resource management, and transferring knowledge so that communities can rely on themselves.</p>
<h2 id="how">How the programme works</h2>
<p>Workshops between the ministry's agencies, province representatives, local government, communities and the public: learning from supported successes, collecting the provinces' needs, and integrating plans and budgets into concrete projects. In fiscal year B.E. 2552 four workshops were held with four clusters (16 provinces), and the provinces filed 125 requests in three categories.</p>
<h2 id="mou">The memorandum of understanding of 20 April 2009</h2>
<p>On 20 April B.E. 2552 (2009) the Ministry of Science and Technology and the Ministry of Interior signed the memorandum “Developing the provinces with science and technology”, the formal start of the integrated work between the ministry and the provinces.</p>
<h2 id="roles">Roles</h2>
<dl>
<dt>The Ministry of Science and Technology</dt><dd>Assigns an educational institution in each province as the network technology clinic supporting the province's STI work; runs activities that answer people's needs and the provinces' strategies; coordinates and follows up the integrated plans, matching the provinces' requests to its agencies' mechanisms.</dd>
<dt>The Ministry of Interior and the provinces</dt><dd>The Interior ministry assigns the deputy governor heading each province's management mission group as its Provincial Chief Science Officer; the provinces state their STI needs.</dd>
<dt>Provincial Chief Science Officers (PCSOs)</dt><dd>Coordinate, direct and follow up the province's integrated STI work and plans, and link the science and technology bodies to turn policy into action.</dd>
<dt>Regional coordination centres (ศวภ.)</dt><dd>The ministry's representatives in the regions, approved by the cabinet on 13 December B.E. 2554 (2011). The first four: ศวภ.1 Upper North (Chiang Mai), ศวภ.2 Upper Northeast (Khon Kaen), ศวภ.3 South (Songkhla) and ศวภ.4 East (Chonburi).</dd>
<dt>Responsible unit</dt><dd>The Office of the Permanent Secretary of the Ministry of Science and Technology (the programme is one of its highlighted works) — responsible division: {unit}</dd>
</dl>
<h2 id="portal">This portal</h2>
<p>The portal publishes news, workshops, the provinces' requests and the agencies' answers, figures and open data: PCSOs file requests, the regional centres and the ministry match them to agencies, and the agencies report their results.</p>
""".format(unit=P_EN.format("name of the division responsible for the programme"))

CONTACT_TH = """
<h2 id="address">ที่อยู่</h2>
<p>สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี<br>{address}</p>
<h2 id="phone">โทรศัพท์และอีเมล</h2>
<p>กลุ่มงานประชาสัมพันธ์ สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี โทร. 02 333 3700 ต่อ 3728–3732</p>
<p>อีเมลของโครงการ: {email}</p>
<h2 id="hours">เวลาทำการ</h2>
<p>{hours}</p>
<h2 id="centres">ศูนย์ประสานงานประจำภูมิภาค</h2>
<p>ติดต่อ ศวภ. ที่ดูแลจังหวัดของท่านได้ที่หน้า <a href="/centres/">ศูนย์ประสานงานประจำภูมิภาค</a> เช่น ศวภ.1 ตั้งอยู่ชั้น 4 อาคารวิจัยและถ่ายทอดเทคโนโลยี (อาคาร 40 ปี) คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเชียงใหม่</p>
<h2 id="official-information">ศูนย์ข้อมูลข่าวสารของราชการ</h2>
<p>ท่านขอตรวจดูข้อมูลข่าวสารของราชการตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 (มาตรา 7 และมาตรา 9) ได้ที่ศูนย์ข้อมูลข่าวสารของกระทรวง: {oic}</p>
<h2 id="personal-data">ข้อมูลส่วนบุคคล</h2>
<p>เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของกระทรวง: {dpo} ผู้ใช้ที่เข้าสู่ระบบขอสำเนา แก้ไข หรือลบข้อมูลของตนได้ที่หน้า “ข้อมูลส่วนบุคคลของท่าน”</p>
""".format(
    address=P_TH.format("ที่อยู่ของสำนักงาน"),
    email=P_TH.format("อีเมลของโครงการ"),
    hours=P_TH.format("วันและเวลาทำการ"),
    oic=P_TH.format("ที่ตั้ง เวลาเปิด และเว็บไซต์ของศูนย์ข้อมูลข่าวสาร"),
    dpo=P_TH.format("ชื่อหรือตำแหน่งและช่องทางติดต่อ DPO"),
)

CONTACT_EN = """
<h2 id="address">Address</h2>
<p>Office of the Permanent Secretary, Ministry of Science and Technology<br>{address}</p>
<h2 id="phone">Phone and e-mail</h2>
<p>Public relations group, Office of the Permanent Secretary: +66 2 333 3700 ext. 3728–3732</p>
<p>The programme's e-mail: {email}</p>
<h2 id="hours">Office hours</h2>
<p>{hours}</p>
<h2 id="centres">Regional coordination centres</h2>
<p>Your province's regional centre is listed on the <a href="/en/centres/">regional centres</a> page; ศวภ.1, for example, is on the 4th floor of the research and technology-transfer building (the “40-year building”), Faculty of Engineering, Chiang Mai University.</p>
<h2 id="official-information">Official Information Centre</h2>
<p>Official information under the Official Information Act B.E. 2540 (sections 7 and 9) can be inspected at the ministry's Official Information Centre: {oic}</p>
<h2 id="personal-data">Personal data</h2>
<p>The ministry's data-protection officer: {dpo}. People who log in can download, correct or ask to erase their data on their “Your personal data” page.</p>
""".format(
    address=P_EN.format("the office's postal address"),
    email=P_EN.format("the programme's e-mail address"),
    hours=P_EN.format("office days and hours"),
    oic=P_EN.format("place, opening hours and web address of the centre"),
    dpo=P_EN.format("the DPO's name or title and contact"),
)

POLICY_TH = """
<p>เว็บไซต์นี้เป็นของกระทรวงวิทยาศาสตร์และเทคโนโลยี ซึ่งเป็นหน่วยงานของรัฐที่จัดตั้งขึ้นเพื่อพัฒนาวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม ไม่ได้มีวัตถุประสงค์เพื่อแสวงหากำไร</p>
<h2 id="content">เนื้อหา</h2>
<p>กระทรวงดูแลให้ข้อมูลถูกต้องและเป็นปัจจุบัน แต่ละหน้าแสดงวันที่ปรับปรุงล่าสุด โจทย์ความต้องการเผยแพร่เมื่อกระทรวงพิจารณาแล้วเท่านั้น</p>
<h2 id="reuse">การนำข้อมูลไปใช้</h2>
<p>ข้อมูลเปิดในหน้า “ข้อมูลเปิด” และ API ใช้สัญญาอนุญาต Creative Commons Attribution 4.0 (CC BY 4.0): นำไปใช้ได้โดยอ้างอิงกระทรวงเป็นแหล่งที่มา ภาพข่าวและเนื้อหาอื่นเป็นลิขสิทธิ์ของกระทรวงเว้นแต่ระบุไว้เป็นอย่างอื่น</p>
<h2 id="ip">ทรัพย์สินทางปัญญา</h2>
<p>หากท่านพบข้อมูลใดที่ละเมิดทรัพย์สินทางปัญญาปรากฏอยู่ในเว็บไซต์ โปรดแจ้งผ่านหน้า “ติดต่อเรา” เพื่อดำเนินการแก้ไขโดยเร็วที่สุด</p>
<h2 id="links">ลิงก์ไปยังเว็บไซต์อื่น</h2>
<p>ลิงก์ไปยังเว็บไซต์อื่นมีไว้เพื่ออำนวยความสะดวก กระทรวงไม่รับผิดชอบเนื้อหาของเว็บไซต์เหล่านั้น</p>
<h2 id="other-policies">นโยบายอื่น</h2>
<p>โปรดอ่านประกาศความเป็นส่วนตัว นโยบายคุกกี้ นโยบายการรักษาความมั่นคงปลอดภัยของเว็บไซต์ และคำชี้แจงการเข้าถึงได้ ที่ท้ายทุกหน้า</p>
"""

POLICY_EN = """
<p>This website belongs to the Ministry of Science and Technology, a state agency established to develop science, technology and innovation; it does not seek profit.</p>
<h2 id="content">Content</h2>
<p>The ministry keeps the information correct and current; each page shows when it was last updated. A province's request is published only once the ministry has reviewed it.</p>
<h2 id="reuse">Reusing the data</h2>
<p>The open data (the “Open data” page and the API) is licensed under Creative Commons Attribution 4.0 (CC BY 4.0): reuse it, crediting the ministry as the source. News photos and other content are the ministry's copyright unless stated otherwise.</p>
<h2 id="ip">Intellectual property</h2>
<p>If you find anything on this website that infringes intellectual property, please tell us through the “Contact us” page so that we can put it right as soon as possible.</p>
<h2 id="links">Links to other websites</h2>
<p>Links to other websites are there for convenience; the ministry is not responsible for their content.</p>
<h2 id="other-policies">Other policies</h2>
<p>The privacy notice, the cookie policy, the website security policy and the accessibility statement are linked at the foot of every page.</p>
"""

PRIVACY_TH = """
<p>ประกาศนี้อธิบายตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ว่าพอร์ทัลเก็บข้อมูลส่วนบุคคลใด เพื่ออะไร เก็บนานเท่าใด ใครเห็น และท่านมีสิทธิอะไร</p>
<h2 id="controller">ผู้ควบคุมข้อมูลส่วนบุคคล</h2>
<p>กระทรวงวิทยาศาสตร์และเทคโนโลยี (สำนักงานปลัดกระทรวง) ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล: {dpo}</p>
<h2 id="what">ข้อมูลที่เก็บและวัตถุประสงค์</h2>
<ul>
<li><strong>บัญชีผู้ใช้</strong> ของเจ้าหน้าที่กระทรวง PCSO ผู้ประสานงาน ศวภ. และผู้ประสานงานหน่วยงาน: ชื่อผู้ใช้ ชื่อ-นามสกุล อีเมลราชการ บทบาท และจังหวัด/ศวภ./หน่วยงานที่สังกัด เพื่อให้เข้าสู่ระบบและดำเนินงานตามบทบาท</li>
<li><strong>ทะเบียน PCSO</strong>: ชื่อ ตำแหน่ง วาระ อีเมลและโทรศัพท์ราชการ เพื่อประสานงานกับจังหวัด</li>
<li><strong>โจทย์ความต้องการและประวัติ</strong>: ผู้ยื่น ผู้ดำเนินการ เวลา และข้อความ เพื่อบริหารโครงการและแสดงความโปร่งใส (ประชาชนเห็นเพียงบทบาท ไม่เห็นชื่อบุคคล)</li>
<li><strong>บันทึกการเข้าสู่ระบบและการใช้งาน</strong>: ที่อยู่ IP เวลา ความพยายามเข้าสู่ระบบที่ล้มเหลว การส่งออกและดาวน์โหลดข้อมูล เพื่อความมั่นคงปลอดภัยและตามพระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ (มาตรา 26)</li>
</ul>
<p>ฐานทางกฎหมาย: การปฏิบัติหน้าที่ในการดำเนินภารกิจเพื่อประโยชน์สาธารณะหรือการใช้อำนาจรัฐ (มาตรา 24 (4)) และการปฏิบัติตามกฎหมาย (มาตรา 24 (6))</p>
<h2 id="public">สิ่งที่เผยแพร่ต่อสาธารณะ</h2>
<p>ข้อความของโจทย์ความต้องการเผยแพร่เมื่อกระทรวงพิจารณาแล้ว โปรดอย่าพิมพ์ข้อมูลส่วนบุคคลลงในโจทย์ ระบบจะระงับโจทย์ที่ดูเหมือนมีหมายเลขโทรศัพท์ อีเมล หรือเลขประจำตัวประชาชนไว้ให้เจ้าหน้าที่ตรวจก่อนเผยแพร่</p>
<h2 id="sharing">ผู้ที่เห็นข้อมูล</h2>
<p>เจ้าหน้าที่กระทรวง ศวภ. ที่ดูแลจังหวัด และหน่วยงานที่ได้รับมอบหมาย ตามบทบาทเท่านั้น กระทรวงไม่ขายหรือเปิดเผยข้อมูลแก่บุคคลภายนอก เว้นแต่กฎหมายกำหนด</p>
<h2 id="rights">สิทธิของท่าน</h2>
<p>ท่านมีสิทธิขอเข้าถึงและรับสำเนา ขอแก้ไข ขอลบหรือทำให้ไม่สามารถระบุตัวตนได้ คัดค้าน หรือขอให้ระงับการใช้ข้อมูล (มาตรา 30–36) ผู้ใช้ที่เข้าสู่ระบบทำได้ที่หน้า “ข้อมูลส่วนบุคคลของท่าน” กระทรวงตอบภายใน 30 วัน และท่านร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคลได้</p>
<h2 id="security">ความมั่นคงปลอดภัย</h2>
<p>ดูนโยบายการรักษาความมั่นคงปลอดภัยของเว็บไซต์ ทุกครั้งที่ข้อมูลส่วนบุคคลออกจากระบบ (การส่งออก การดาวน์โหลดไฟล์แนบ การเปิดดูรายชื่อบุคคลในระบบจัดการ) จะถูกบันทึกไว้</p>
""".format(dpo=P_TH.format("ชื่อหรือตำแหน่งและช่องทางติดต่อ DPO"))

PRIVACY_EN = """
<p>This notice explains, under the Personal Data Protection Act B.E. 2562 (2019), what personal data the portal keeps, why, for how long, who sees it and what your rights are.</p>
<h2 id="controller">Data controller</h2>
<p>The Ministry of Science and Technology (Office of the Permanent Secretary). Data-protection officer: {dpo}</p>
<h2 id="what">What we keep and why</h2>
<ul>
<li><strong>User accounts</strong> of ministry staff, PCSOs, regional-centre coordinators and agency focal points: username, name, official e-mail, role and the province, centre or agency they act for — to log in and do their part.</li>
<li><strong>The PCSO roster</strong>: name, position, term, official e-mail and phone — to work with the provinces.</li>
<li><strong>Requests and their history</strong>: who filed and who acted, when, and what they wrote — to run the programme and account for it (the public sees roles, never names).</li>
<li><strong>Log-in and usage records</strong>: IP address, time, failed log-ins, exports and downloads — for security and under the Computer Crime Act (s.26).</li>
</ul>
<p>Legal basis: a task carried out in the public interest or in the exercise of official authority (s.24(4)) and legal obligations (s.24(6)).</p>
<h2 id="public">What is published</h2>
<p>A request's text is published once the ministry has reviewed it. Please do not type personal data in a request: one that seems to contain a phone number, an e-mail address or an ID number is held for the desk to check before anything is published.</p>
<h2 id="sharing">Who sees the data</h2>
<p>Ministry staff, the regional centre of the province and the agencies assigned, each as their role needs. The ministry does not sell or disclose the data to others unless the law requires it.</p>
<h2 id="rights">Your rights</h2>
<p>You may ask for access to and a copy of your data, its correction, its erasure or anonymisation, object to or restrict its use (ss.30–36). People who log in can do so on their “Your personal data” page. The ministry answers within 30 days; you may also complain to the Office of the Personal Data Protection Committee.</p>
<h2 id="security">Security</h2>
<p>See the website security policy. Every time personal data leaves the system (an export, an attachment download, an admin view of people) it is recorded.</p>
""".format(dpo=P_EN.format("the DPO's name or title and contact"))

COOKIES_TH = """
<p>คุกกี้คือไฟล์ขนาดเล็กที่เว็บไซต์เก็บไว้ในเบราว์เซอร์ของท่าน พอร์ทัลนี้ใช้เฉพาะคุกกี้ที่จำเป็นต่อการทำงานของเว็บไซต์ (ไม่ต้องขอความยินยอม) ตามรายการด้านล่าง ท่านลบหรือปิดคุกกี้ได้ในการตั้งค่าเบราว์เซอร์ แต่จะเข้าสู่ระบบและส่งแบบฟอร์มไม่ได้</p>
"""
COOKIES_EN = """
<p>Cookies are small files a website keeps in your browser. This portal uses only the cookies it needs to work (no consent is needed for them), listed below. You can delete or block cookies in your browser's settings, but you will then be unable to log in or send forms.</p>
"""

SECURITY_TH = """
<ul>
<li>ทุกหน้าส่งผ่าน HTTPS พร้อม HSTS และนโยบายความปลอดภัยของเนื้อหา (CSP) ที่ไม่อนุญาตสคริปต์แบบ inline และไม่โหลดสิ่งใดจากเว็บไซต์อื่น</li>
<li>การเข้าสู่ระบบจำกัดจำนวนครั้งที่ผิด เจ้าหน้าที่กระทรวงใช้การยืนยันตัวตนสองขั้นตอน (TOTP) เซสชันของทุกบทบาทสิ้นสุดเมื่อไม่ได้ใช้งานและเมื่อครบเวลาสูงสุด</li>
<li>สิทธิ์ตามบทบาท: ผู้ใช้เห็นและทำได้เฉพาะสิ่งที่บทบาทของตนอนุญาต ไฟล์แนบตรวจชนิดและขนาด</li>
<li>ประวัติการเปลี่ยนแปลงของข้อมูลสำคัญถูกเก็บไว้ และทุกการส่งออก/ดาวน์โหลดข้อมูลส่วนบุคคลถูกบันทึกในบันทึกการเข้าถึงที่แก้ไขไม่ได้</li>
<li>บันทึกการเข้าถึงของเว็บเซิร์ฟเวอร์ (ข้อมูลจราจรทางคอมพิวเตอร์) เก็บไว้ไม่น้อยกว่า 90 วัน ตามมาตรา 26 แห่งพระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์</li>
<li>สำรองฐานข้อมูลและไฟล์ตามกำหนดและทดสอบการกู้คืน</li>
</ul>
<p>หากพบช่องโหว่หรือเหตุการณ์ด้านความปลอดภัย โปรดแจ้ง: {report}</p>
""".format(report=P_TH.format("อีเมลสำหรับแจ้งเหตุด้านความมั่นคงปลอดภัย"))
SECURITY_EN = """
<ul>
<li>Every page travels over HTTPS with HSTS and a content-security policy that allows no inline script and loads nothing from other sites.</li>
<li>Log-in attempts are limited; ministry staff use a second factor (TOTP); every role's session ends after a period of inactivity and after a maximum length.</li>
<li>Permissions follow roles: people see and do only what their role allows. Attachments are checked for type and size.</li>
<li>Changes to important records keep their history, and every export or download of personal data is written to an access log that cannot be changed.</li>
<li>The web servers' access logs (computer traffic data) are kept for at least 90 days, as section 26 of the Computer Crime Act asks.</li>
<li>The database and files are backed up on a schedule, and restoring them is tested.</li>
</ul>
<p>To report a vulnerability or a security incident: {report}</p>
""".format(report=P_EN.format("e-mail address for security reports"))

ACCESSIBILITY_TH = """
<h2 id="standard">มาตรฐาน</h2>
<p>เว็บไซต์นี้มุ่งให้เป็นไปตาม WCAG 2.1 ระดับ AA ซึ่งครอบคลุม มอก. 2565-2555 (WCAG 2.0) ตามกฎกระทรวงกำหนดมาตรฐานการเข้าถึงข้อมูลสารสนเทศ พ.ศ. 2554 และมาตรฐานเว็บไซต์ภาครัฐของ สพร.</p>
<h2 id="how-checked">วิธีตรวจสอบ</h2>
<ul>
<li>ทุกการเปลี่ยนแปลงตรวจหน้าหลักของเว็บไซต์และหน้าที่ต้องเข้าสู่ระบบด้วย axe-core ในเบราว์เซอร์จริง (ต้องไม่พบปัญหาระดับร้ายแรง) และตรวจความถูกต้องของ HTML ด้วย Nu Html Checker</li>
<li>ทดสอบการใช้งานด้วยแป้นพิมพ์ ลิงก์ข้ามไปยังเนื้อหา จุดโฟกัสที่มองเห็นได้ ความต่างสีระดับ AA และการแสดงผลบนโทรศัพท์</li>
</ul>
<h2 id="limits">ข้อจำกัดที่ทราบ</h2>
<p>เนื้อหาบางส่วนมีเฉพาะภาษาไทย หน้าภาษาอังกฤษจะระบุไว้ แผนภูมิในหน้าสถิติมีตารางข้อมูลประกอบ</p>
<h2 id="feedback">แจ้งปัญหาการเข้าถึง</h2>
<p>หากท่านใช้งานส่วนใดไม่ได้ โปรดแจ้ง: {contact} หรือผ่านหน้า “ติดต่อเรา”</p>
""".format(contact=P_TH.format("อีเมลหรือโทรศัพท์สำหรับแจ้งปัญหาการเข้าถึง"))
ACCESSIBILITY_EN = """
<h2 id="standard">Standard</h2>
<p>This website aims to meet WCAG 2.1 level AA, which covers TIS 2565-2555 (WCAG 2.0) under the Ministerial Regulation on accessibility standards B.E. 2554 and DGA's Government Website Standard.</p>
<h2 id="how-checked">How it was checked</h2>
<ul>
<li>Every change is checked on the main public pages and the pages behind a log-in with axe-core in a real browser (no serious or critical problem may remain), and its HTML with the Nu Html Checker.</li>
<li>Keyboard use, the skip link, visible focus, AA colour contrast and phone-sized screens are tested.</li>
</ul>
<h2 id="limits">Known limitations</h2>
<p>Some content exists in Thai only; English pages say so. The charts on the figures page come with data tables.</p>
<h2 id="feedback">Report an accessibility problem</h2>
<p>If you cannot use part of the site, please tell us: {contact}, or through the “Contact us” page.</p>
""".format(contact=P_EN.format("e-mail or phone for accessibility problems"))

FAQ_TH = """
<h2 id="what">โครงการนี้คืออะไร</h2>
<p>โครงการบูรณาการงานด้านวิทยาศาสตร์และเทคโนโลยีในระดับจังหวัดของกระทรวงวิทยาศาสตร์และเทคโนโลยี ดำเนินการมาตั้งแต่ปี 2547 ดูหน้า “เกี่ยวกับโครงการ”</p>
<h2 id="who-files">ใครยื่นโจทย์ความต้องการได้</h2>
<p>ผู้บริหารวิทยาศาสตร์จังหวัดระดับสูง (PCSO) ของแต่ละจังหวัดยื่นผ่านพอร์ทัล และกระทรวงบันทึกโจทย์ที่จังหวัดเสนอในการประชุมเชิงปฏิบัติการ</p>
<h2 id="matching">โจทย์ได้รับการตอบสนองอย่างไร</h2>
<p>ศวภ. และกระทรวงพิจารณาโจทย์ แล้วจับคู่กับกลไกของหน่วยงานในสังกัด หน่วยงานรายงานผล และจังหวัดยืนยันเมื่อได้รับการตอบสนองแล้ว ท่านติดตามสถานะได้ในหน้า “โจทย์ความต้องการ”</p>
<h2 id="account">จะได้บัญชีผู้ใช้อย่างไร</h2>
<p>เจ้าหน้าที่กระทรวงสร้างบัญชีให้ PCSO ผู้ประสานงาน ศวภ. และผู้ประสานงานหน่วยงาน โปรดติดต่อตามหน้า “ติดต่อเรา”</p>
<h2 id="data">นำข้อมูลไปใช้ได้หรือไม่</h2>
<p>ได้ ข้อมูลในหน้า “ข้อมูลเปิด” ใช้สัญญาอนุญาต CC BY 4.0 โปรดอ้างอิงกระทรวงเป็นแหล่งที่มา</p>
<h2 id="personal-data">จะขอดูหรือลบข้อมูลส่วนบุคคลของตนได้อย่างไร</h2>
<p>เข้าสู่ระบบแล้วเปิดหน้า “ข้อมูลส่วนบุคคลของท่าน” จากเมนูบัญชี ท่านดาวน์โหลดข้อมูล และขอแก้ไขหรือลบได้ กระทรวงตอบภายใน 30 วัน</p>
"""
FAQ_EN = """
<h2 id="what">What is this programme?</h2>
<p>The Ministry of Science and Technology's provincial science and technology integration programme, running since B.E. 2547 (2004). See “About the programme”.</p>
<h2 id="who-files">Who can file a request?</h2>
<p>Each province's Provincial Chief Science Officer (PCSO) files requests on the portal; the ministry also records the requests provinces state at workshops.</p>
<h2 id="matching">How is a request answered?</h2>
<p>The regional centre and the ministry review it and match it to the mechanisms of the ministry's agencies; the agencies report their results and the province confirms delivery. You can follow every request's status on the “Requests” page.</p>
<h2 id="account">How do I get an account?</h2>
<p>Ministry staff create the accounts of PCSOs, regional-centre coordinators and agency focal points: see “Contact us”.</p>
<h2 id="data">May I reuse the data?</h2>
<p>Yes: the datasets on the “Open data” page are licensed under CC BY 4.0; credit the ministry as the source.</p>
<h2 id="personal-data">How do I see or erase my personal data?</h2>
<p>Log in and open “Your personal data” from the account menu: download your data, and ask for a correction or an erasure. The ministry answers within 30 days.</p>
"""

PAGES = [
    ("about", "เกี่ยวกับโครงการ", "About the programme", "โครงการบูรณาการงานด้านวิทยาศาสตร์และเทคโนโลยีในระดับจังหวัด ตั้งแต่ปี 2547", "The ministry's provincial S&T integration programme, since 2004.", ABOUT_TH, ABOUT_EN),
    ("contact", "ติดต่อเรา", "Contact us", "กลุ่มงานประชาสัมพันธ์ สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี\nโทร. 02 333 3700 ต่อ 3728–3732", "Public relations group, Office of the Permanent Secretary, MOST\nPhone +66 2 333 3700 ext. 3728–3732", CONTACT_TH, CONTACT_EN),
    ("policy", "นโยบายเว็บไซต์", "Website policy", "", "", POLICY_TH, POLICY_EN),
    ("privacy", "ประกาศความเป็นส่วนตัว", "Privacy notice", "ข้อมูลส่วนบุคคลที่พอร์ทัลเก็บ วัตถุประสงค์ ระยะเวลา และสิทธิของท่าน", "What personal data the portal keeps, why, for how long, and your rights.", PRIVACY_TH, PRIVACY_EN),
    ("cookies", "นโยบายคุกกี้", "Cookie policy", "", "", COOKIES_TH, COOKIES_EN),
    ("security", "นโยบายการรักษาความมั่นคงปลอดภัยของเว็บไซต์", "Website security policy", "", "", SECURITY_TH, SECURITY_EN),
    ("accessibility", "คำชี้แจงการเข้าถึงได้", "Accessibility statement", "", "", ACCESSIBILITY_TH, ACCESSIBILITY_EN),
    ("faq", "คำถามที่พบบ่อย", "Frequently asked questions", "", "", FAQ_TH, FAQ_EN),
]  # fmt: skip


def seed(apps, schema_editor):
    from django.utils import timezone

    Page = apps.get_model("pages", "Page")
    HistoricalPage = apps.get_model("pages", "HistoricalPage")
    for kind, title_th, title_en, summary_th, summary_en, body_th, body_en in PAGES:
        values = {
            "title_th": title_th,
            "title_en": title_en,
            "summary_th": summary_th,
            "summary_en": summary_en,
            "body_th": body_th.strip(),
            "body_en": body_en.strip(),
        }
        page, created = Page.objects.get_or_create(kind=kind, defaults=values)
        if created:  # the first version in the page's history, as the admin's History shows it
            HistoricalPage.objects.create(
                id=page.pk, kind=kind, updated_at=page.updated_at, history_date=timezone.now(),
                history_type="+", history_change_reason="seeded from docs/sources", **values,
            )  # fmt: skip


def unseed(apps, schema_editor):
    kinds = [row[0] for row in PAGES]
    apps.get_model("pages", "HistoricalPage").objects.filter(kind__in=kinds).delete()
    apps.get_model("pages", "Page").objects.filter(kind__in=kinds).delete()


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
