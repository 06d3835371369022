"""Reference data: Thailand's 77 provinces, the 18 province clusters with dated membership,
and the ministry's first four regional coordination centres (from provinces/data/)."""

import datetime as dt
from decimal import Decimal

from django.db import migrations

# (code, ISO 3166-2, slug, Thai name, English name, region, latitude, longitude)
PROVINCES = [('10', 'TH-10', 'bangkok', 'กรุงเทพมหานคร', 'Bangkok', 'central', '13.75', '100.50'),
 ('11', 'TH-11', 'samut-prakan', 'สมุทรปราการ', 'Samut Prakan', 'central', '13.60', '100.60'),
 ('12', 'TH-12', 'nonthaburi', 'นนทบุรี', 'Nonthaburi', 'central', '13.86', '100.51'),
 ('13', 'TH-13', 'pathum-thani', 'ปทุมธานี', 'Pathum Thani', 'central', '14.02', '100.53'),
 ('14',
  'TH-14',
  'phra-nakhon-si-ayutthaya',
  'พระนครศรีอยุธยา',
  'Phra Nakhon Si Ayutthaya',
  'central',
  '14.35',
  '100.57'),
 ('15', 'TH-15', 'ang-thong', 'อ่างทอง', 'Ang Thong', 'central', '14.59', '100.45'),
 ('16', 'TH-16', 'lopburi', 'ลพบุรี', 'Lopburi', 'central', '14.80', '100.65'),
 ('17', 'TH-17', 'sing-buri', 'สิงห์บุรี', 'Sing Buri', 'central', '14.89', '100.40'),
 ('18', 'TH-18', 'chai-nat', 'ชัยนาท', 'Chai Nat', 'central', '15.19', '100.13'),
 ('19', 'TH-19', 'saraburi', 'สระบุรี', 'Saraburi', 'central', '14.53', '100.91'),
 ('20', 'TH-20', 'chon-buri', 'ชลบุรี', 'Chon Buri', 'east', '13.36', '100.98'),
 ('21', 'TH-21', 'rayong', 'ระยอง', 'Rayong', 'east', '12.68', '101.27'),
 ('22', 'TH-22', 'chanthaburi', 'จันทบุรี', 'Chanthaburi', 'east', '12.61', '102.10'),
 ('23', 'TH-23', 'trat', 'ตราด', 'Trat', 'east', '12.24', '102.51'),
 ('24', 'TH-24', 'chachoengsao', 'ฉะเชิงเทรา', 'Chachoengsao', 'east', '13.69', '101.07'),
 ('25', 'TH-25', 'prachin-buri', 'ปราจีนบุรี', 'Prachin Buri', 'east', '14.05', '101.37'),
 ('26', 'TH-26', 'nakhon-nayok', 'นครนายก', 'Nakhon Nayok', 'central', '14.20', '101.21'),
 ('27', 'TH-27', 'sa-kaeo', 'สระแก้ว', 'Sa Kaeo', 'east', '13.81', '102.07'),
 ('30', 'TH-30', 'nakhon-ratchasima', 'นครราชสีมา', 'Nakhon Ratchasima', 'northeast', '14.97', '102.10'),
 ('31', 'TH-31', 'buriram', 'บุรีรัมย์', 'Buriram', 'northeast', '14.99', '103.10'),
 ('32', 'TH-32', 'surin', 'สุรินทร์', 'Surin', 'northeast', '14.88', '103.49'),
 ('33', 'TH-33', 'sisaket', 'ศรีสะเกษ', 'Sisaket', 'northeast', '15.12', '104.32'),
 ('34', 'TH-34', 'ubon-ratchathani', 'อุบลราชธานี', 'Ubon Ratchathani', 'northeast', '15.23', '104.86'),
 ('35', 'TH-35', 'yasothon', 'ยโสธร', 'Yasothon', 'northeast', '15.79', '104.15'),
 ('36', 'TH-36', 'chaiyaphum', 'ชัยภูมิ', 'Chaiyaphum', 'northeast', '15.81', '102.03'),
 ('37', 'TH-37', 'amnat-charoen', 'อำนาจเจริญ', 'Amnat Charoen', 'northeast', '15.86', '104.63'),
 ('38', 'TH-38', 'bueng-kan', 'บึงกาฬ', 'Bueng Kan', 'northeast', '18.36', '103.65'),
 ('39', 'TH-39', 'nong-bua-lamphu', 'หนองบัวลำภู', 'Nong Bua Lamphu', 'northeast', '17.20', '102.44'),
 ('40', 'TH-40', 'khon-kaen', 'ขอนแก่น', 'Khon Kaen', 'northeast', '16.43', '102.83'),
 ('41', 'TH-41', 'udon-thani', 'อุดรธานี', 'Udon Thani', 'northeast', '17.41', '102.79'),
 ('42', 'TH-42', 'loei', 'เลย', 'Loei', 'northeast', '17.49', '101.72'),
 ('43', 'TH-43', 'nong-khai', 'หนองคาย', 'Nong Khai', 'northeast', '17.88', '102.74'),
 ('44', 'TH-44', 'maha-sarakham', 'มหาสารคาม', 'Maha Sarakham', 'northeast', '16.18', '103.30'),
 ('45', 'TH-45', 'roi-et', 'ร้อยเอ็ด', 'Roi Et', 'northeast', '16.05', '103.65'),
 ('46', 'TH-46', 'kalasin', 'กาฬสินธุ์', 'Kalasin', 'northeast', '16.43', '103.51'),
 ('47', 'TH-47', 'sakon-nakhon', 'สกลนคร', 'Sakon Nakhon', 'northeast', '17.16', '104.15'),
 ('48', 'TH-48', 'nakhon-phanom', 'นครพนม', 'Nakhon Phanom', 'northeast', '17.41', '104.78'),
 ('49', 'TH-49', 'mukdahan', 'มุกดาหาร', 'Mukdahan', 'northeast', '16.54', '104.72'),
 ('50', 'TH-50', 'chiang-mai', 'เชียงใหม่', 'Chiang Mai', 'north', '18.79', '98.98'),
 ('51', 'TH-51', 'lamphun', 'ลำพูน', 'Lamphun', 'north', '18.58', '99.01'),
 ('52', 'TH-52', 'lampang', 'ลำปาง', 'Lampang', 'north', '18.29', '99.49'),
 ('53', 'TH-53', 'uttaradit', 'อุตรดิตถ์', 'Uttaradit', 'north', '17.63', '100.10'),
 ('54', 'TH-54', 'phrae', 'แพร่', 'Phrae', 'north', '18.14', '100.14'),
 ('55', 'TH-55', 'nan', 'น่าน', 'Nan', 'north', '18.78', '100.78'),
 ('56', 'TH-56', 'phayao', 'พะเยา', 'Phayao', 'north', '19.17', '99.90'),
 ('57', 'TH-57', 'chiang-rai', 'เชียงราย', 'Chiang Rai', 'north', '19.91', '99.83'),
 ('58', 'TH-58', 'mae-hong-son', 'แม่ฮ่องสอน', 'Mae Hong Son', 'north', '19.30', '97.97'),
 ('60', 'TH-60', 'nakhon-sawan', 'นครสวรรค์', 'Nakhon Sawan', 'central', '15.70', '100.14'),
 ('61', 'TH-61', 'uthai-thani', 'อุทัยธานี', 'Uthai Thani', 'central', '15.38', '100.02'),
 ('62', 'TH-62', 'kamphaeng-phet', 'กำแพงเพชร', 'Kamphaeng Phet', 'central', '16.48', '99.52'),
 ('63', 'TH-63', 'tak', 'ตาก', 'Tak', 'west', '16.87', '99.13'),
 ('64', 'TH-64', 'sukhothai', 'สุโขทัย', 'Sukhothai', 'central', '17.01', '99.82'),
 ('65', 'TH-65', 'phitsanulok', 'พิษณุโลก', 'Phitsanulok', 'central', '16.82', '100.26'),
 ('66', 'TH-66', 'phichit', 'พิจิตร', 'Phichit', 'central', '16.44', '100.35'),
 ('67', 'TH-67', 'phetchabun', 'เพชรบูรณ์', 'Phetchabun', 'central', '16.42', '101.16'),
 ('70', 'TH-70', 'ratchaburi', 'ราชบุรี', 'Ratchaburi', 'west', '13.54', '99.81'),
 ('71', 'TH-71', 'kanchanaburi', 'กาญจนบุรี', 'Kanchanaburi', 'west', '14.00', '99.55'),
 ('72', 'TH-72', 'suphan-buri', 'สุพรรณบุรี', 'Suphan Buri', 'central', '14.47', '100.12'),
 ('73', 'TH-73', 'nakhon-pathom', 'นครปฐม', 'Nakhon Pathom', 'central', '13.82', '100.06'),
 ('74', 'TH-74', 'samut-sakhon', 'สมุทรสาคร', 'Samut Sakhon', 'central', '13.55', '100.27'),
 ('75', 'TH-75', 'samut-songkhram', 'สมุทรสงคราม', 'Samut Songkhram', 'central', '13.41', '100.00'),
 ('76', 'TH-76', 'phetchaburi', 'เพชรบุรี', 'Phetchaburi', 'west', '13.11', '99.94'),
 ('77', 'TH-77', 'prachuap-khiri-khan', 'ประจวบคีรีขันธ์', 'Prachuap Khiri Khan', 'west', '11.81', '99.80'),
 ('80', 'TH-80', 'nakhon-si-thammarat', 'นครศรีธรรมราช', 'Nakhon Si Thammarat', 'south', '8.43', '99.96'),
 ('81', 'TH-81', 'krabi', 'กระบี่', 'Krabi', 'south', '8.09', '98.91'),
 ('82', 'TH-82', 'phang-nga', 'พังงา', 'Phang Nga', 'south', '8.45', '98.53'),
 ('83', 'TH-83', 'phuket', 'ภูเก็ต', 'Phuket', 'south', '7.89', '98.39'),
 ('84', 'TH-84', 'surat-thani', 'สุราษฎร์ธานี', 'Surat Thani', 'south', '9.14', '99.33'),
 ('85', 'TH-85', 'ranong', 'ระนอง', 'Ranong', 'south', '9.96', '98.64'),
 ('86', 'TH-86', 'chumphon', 'ชุมพร', 'Chumphon', 'south', '10.50', '99.18'),
 ('90', 'TH-90', 'songkhla', 'สงขลา', 'Songkhla', 'south', '7.20', '100.60'),
 ('91', 'TH-91', 'satun', 'สตูล', 'Satun', 'south', '6.62', '100.07'),
 ('92', 'TH-92', 'trang', 'ตรัง', 'Trang', 'south', '7.56', '99.61'),
 ('93', 'TH-93', 'phatthalung', 'พัทลุง', 'Phatthalung', 'south', '7.62', '100.08'),
 ('94', 'TH-94', 'pattani', 'ปัตตานี', 'Pattani', 'south', '6.87', '101.25'),
 ('95', 'TH-95', 'yala', 'ยะลา', 'Yala', 'south', '6.54', '101.28'),
 ('96', 'TH-96', 'narathiwat', 'นราธิวาส', 'Narathiwat', 'south', '6.43', '101.82')]

# (code, Thai name, English name, hub province code)
CLUSTERS = [('central-upper-1', 'กลุ่มจังหวัดภาคกลางตอนบน 1', 'Upper Central 1', '14'),
 ('central-upper-2', 'กลุ่มจังหวัดภาคกลางตอนบน 2', 'Upper Central 2', '16'),
 ('central-middle', 'กลุ่มจังหวัดภาคกลางตอนกลาง', 'Middle Central', '24'),
 ('central-lower-1', 'กลุ่มจังหวัดภาคกลางตอนล่าง 1', 'Lower Central 1', '73'),
 ('central-lower-2', 'กลุ่มจังหวัดภาคกลางตอนล่าง 2', 'Lower Central 2', '76'),
 ('south-gulf', 'กลุ่มจังหวัดภาคใต้ฝั่งอ่าวไทย', 'Southern Gulf of Thailand', '84'),
 ('south-andaman', 'กลุ่มจังหวัดภาคใต้ฝั่งอันดามัน', 'Southern Andaman', '83'),
 ('south-border', 'กลุ่มจังหวัดภาคใต้ชายแดน', 'Southern Border', '90'),
 ('east', 'กลุ่มจังหวัดภาคตะวันออก', 'East', '20'),
 ('northeast-upper-1', 'กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1', 'Upper Northeast 1', '41'),
 ('northeast-upper-2', 'กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 2', 'Upper Northeast 2', '47'),
 ('northeast-middle', 'กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนกลาง', 'Middle Northeast', '40'),
 ('northeast-lower-1', 'กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1', 'Lower Northeast 1', '30'),
 ('northeast-lower-2', 'กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 2', 'Lower Northeast 2', '34'),
 ('north-upper-1', 'กลุ่มจังหวัดภาคเหนือตอนบน 1', 'Upper North 1', '50'),
 ('north-upper-2', 'กลุ่มจังหวัดภาคเหนือตอนบน 2', 'Upper North 2', '57'),
 ('north-lower-1', 'กลุ่มจังหวัดภาคเหนือตอนล่าง 1', 'Lower North 1', '65'),
 ('north-lower-2', 'กลุ่มจังหวัดภาคเหนือตอนล่าง 2', 'Lower North 2', '60')]

# (province code, cluster code, member from (None: the original scheme of 18 Feb 2009), basis)
MEMBERSHIPS = [('11', 'central-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('12', 'central-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('13', 'central-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('14', 'central-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('15', 'central-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('16', 'central-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('17', 'central-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('18', 'central-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('19', 'central-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('20', 'east', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('21', 'east', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('22', 'east', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('23', 'east', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('24', 'central-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('25', 'central-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('26', 'central-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('27', 'central-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('30', 'northeast-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('31', 'northeast-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('32', 'northeast-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('33', 'northeast-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('34', 'northeast-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('35', 'northeast-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('36', 'northeast-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('37', 'northeast-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('38',
  'northeast-upper-1',
  '2011-03-28',
  'จัดตั้งจังหวัดบึงกาฬและเข้าร่วมกลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1 ตั้งแต่ 28 มีนาคม 2554'),
 ('39', 'northeast-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('40', 'northeast-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('41', 'northeast-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('42', 'northeast-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('43', 'northeast-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('44', 'northeast-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('45', 'northeast-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('46', 'northeast-middle', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('47', 'northeast-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('48', 'northeast-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('49', 'northeast-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('50', 'north-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('51', 'north-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('52', 'north-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('53', 'north-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('54', 'north-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('55', 'north-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('56', 'north-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('57', 'north-upper-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('58', 'north-upper-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('60', 'north-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('61', 'north-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('62', 'north-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('63', 'north-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('64', 'north-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('65', 'north-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('66', 'north-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('67', 'north-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('70', 'central-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('71', 'central-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('72', 'central-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('73', 'central-lower-1', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('74', 'central-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('75', 'central-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('76', 'central-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('77', 'central-lower-2', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('80', 'south-gulf', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('81', 'south-andaman', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('82', 'south-andaman', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('83', 'south-andaman', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('84', 'south-gulf', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('85', 'south-andaman', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('86', 'south-gulf', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('90', 'south-border', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('91', 'south-border', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('92', 'south-andaman', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('93', 'south-gulf', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('94', 'south-border', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('95', 'south-border', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552'),
 ('96', 'south-border', None, 'การจัดกลุ่มจังหวัด 18 กุมภาพันธ์ 2552')]

CABINET_2011 = ("มติคณะรัฐมนตรี 13 ธันวาคม 2554", "Cabinet resolution of 13 December 2011")
# (number, region Thai, region English, seat province code, host institution Thai/English, address Thai/English)
CENTRES = [
    (
        1,
        "ภาคเหนือตอนบน",
        "Upper North",
        "50",
        "คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเชียงใหม่",
        "Faculty of Engineering, Chiang Mai University",
        "ชั้น 4 อาคารวิจัยและถ่ายทอดเทคโนโลยี (อาคาร 40 ปี) คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเชียงใหม่",
        "4th floor, Research and Technology Transfer Building (40-year building), "
        "Faculty of Engineering, Chiang Mai University",
    ),
    (2, "ภาคตะวันออกเฉียงเหนือตอนบน", "Upper Northeast", "40", "", "", "", ""),
    (3, "ภาคใต้", "South", "90", "", "", "", ""),
    (4, "ภาคตะวันออก", "East", "20", "", "", "", ""),
]
# ศวภ.1 covers the eight upper-north provinces; the coverage of the others is entered by staff.
CENTRE_COVERAGE = {1: ["50", "52", "51", "56", "54", "55", "58", "57"]}


def load(apps, schema_editor):
    Province = apps.get_model("provinces", "Province")
    Cluster = apps.get_model("provinces", "Cluster")
    ClusterMembership = apps.get_model("provinces", "ClusterMembership")
    RegionalCentre = apps.get_model("provinces", "RegionalCentre")

    provinces = {}
    for code, iso, slug, name_th, name_en, region, lat, lon in PROVINCES:
        provinces[code] = Province.objects.create(
            code=code,
            iso_code=iso,
            slug=slug,
            name_th=name_th,
            name_en=name_en,
            region=region,
            latitude=Decimal(lat),
            longitude=Decimal(lon),
        )
    clusters = {}
    for code, name_th, name_en, hub in CLUSTERS:
        clusters[code] = Cluster.objects.create(
            code=code, name_th=name_th, name_en=name_en, hub_province=provinces[hub]
        )
    for province, cluster, valid_from, basis in MEMBERSHIPS:
        ClusterMembership.objects.create(
            province=provinces[province],
            cluster=clusters[cluster],
            valid_from=dt.date.fromisoformat(valid_from) if valid_from else None,
            basis=basis,
        )
    for number, region_th, region_en, seat, inst_th, inst_en, addr_th, addr_en in CENTRES:
        centre = RegionalCentre.objects.create(
            number=number,
            name_th=f"ศูนย์ประสานงานกระทรวงวิทยาศาสตร์และเทคโนโลยีประจำภูมิภาค{region_th}",
            name_en=f"MOST Regional Coordination Centre, {region_en}",
            region_th=region_th,
            region_en=region_en,
            host_province=provinces[seat],
            host_institution_th=inst_th,
            host_institution_en=inst_en,
            address_th=addr_th,
            address_en=addr_en,
            established_on=dt.date(2011, 12, 13),
            established_by_th=CABINET_2011[0],
            established_by_en=CABINET_2011[1],
        )
        Province.objects.filter(code__in=CENTRE_COVERAGE.get(number, [])).update(regional_centre=centre)


def unload(apps, schema_editor):
    Province = apps.get_model("provinces", "Province")
    Province.objects.update(regional_centre=None)
    for model in ("RegionalCentre", "ClusterMembership", "Cluster", "Province"):
        # A raw delete: the collector would look into tables later apps have dropped already.
        apps.get_model("provinces", model).objects.all()._raw_delete(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("provinces", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
