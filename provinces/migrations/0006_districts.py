"""Reference data: every district (อำเภอ/เขต) of Thailand with its DOPA code, 928 rows.

From provinces/data/districts.csv, written by scripts/generate_districts.py from the geothai
package (GeoThai data 2026.10.23, CC BY 4.0, © Pongsakorn Thipayanate; source: the Department of
Provincial Administration). The rows are kept here as text so this migration never changes when
the CSV is regenerated: a newer list ships as a new migration.
"""

from django.db import migrations

# code,province code,Thai name,English name
DISTRICTS = """\
1001,10,เขตพระนคร,Phra Nakhon
1002,10,เขตดุสิต,Dusit
1003,10,เขตหนองจอก,Nong Chok
1004,10,เขตบางรัก,Bang Rak
1005,10,เขตบางเขน,Bang Khen
1006,10,เขตบางกะปิ,Bang Kapi
1007,10,เขตปทุมวัน,Pathum Wan
1008,10,เขตป้อมปราบศัตรูพ่าย,Pom Prap Sattru Phai
1009,10,เขตพระโขนง,Phra Khanong
1010,10,เขตมีนบุรี,Min Buri
1011,10,เขตลาดกระบัง,Lat Krabang
1012,10,เขตยานนาวา,Yan Nawa
1013,10,เขตสัมพันธวงศ์,Samphanthawong
1014,10,เขตพญาไท,Phaya Thai
1015,10,เขตธนบุรี,Thon Buri
1016,10,เขตบางกอกใหญ่,Bangkok Yai
1017,10,เขตห้วยขวาง,Huai Khwang
1018,10,เขตคลองสาน,Khlong San
1019,10,เขตตลิ่งชัน,Taling Chan
1020,10,เขตบางกอกน้อย,Bangkok Noi
1021,10,เขตบางขุนเทียน,Bang Khun Thian
1022,10,เขตภาษีเจริญ,Phasi Charoen
1023,10,เขตหนองแขม,Nong Khaem
1024,10,เขตราษฎร์บูรณะ,Rat Burana
1025,10,เขตบางพลัด,Bang Phlat
1026,10,เขตดินแดง,Din Daeng
1027,10,เขตบึงกุ่ม,Bueng Kum
1028,10,เขตสาทร,Sathon
1029,10,เขตบางซื่อ,Bang Sue
1030,10,เขตจตุจักร,Chatuchak
1031,10,เขตบางคอแหลม,Bang Kho Laem
1032,10,เขตประเวศ,Prawet
1033,10,เขตคลองเตย,Khlong Toei
1034,10,เขตสวนหลวง,Suan Luang
1035,10,เขตจอมทอง,Chom Thong
1036,10,เขตดอนเมือง,Don Mueang
1037,10,เขตราชเทวี,Ratchathewi
1038,10,เขตลาดพร้าว,Lat Phrao
1039,10,เขตวัฒนา,Vadhana
1040,10,เขตบางแค,Bang Khae
1041,10,เขตหลักสี่,Lak Si
1042,10,เขตสายไหม,Sai Mai
1043,10,เขตคันนายาว,Khan Na Yao
1044,10,เขตสะพานสูง,Saphan Sung
1045,10,เขตวังทองหลาง,Wang Thonglang
1046,10,เขตคลองสามวา,Khlong Sam Wa
1047,10,เขตบางนา,Bang Na
1048,10,เขตทวีวัฒนา,Thawi Watthana
1049,10,เขตทุ่งครุ,Thung Khru
1050,10,เขตบางบอน,Bang Bon
1101,11,เมืองสมุทรปราการ,Mueang Samut Prakan
1102,11,บางบ่อ,Bang Bo
1103,11,บางพลี,Bang Phli
1104,11,พระประแดง,Phra Pradaeng
1105,11,พระสมุทรเจดีย์,Phra Samut Chedi
1106,11,บางเสาธง,Bang Sao Thong
1201,12,เมืองนนทบุรี,Mueang Nonthaburi
1202,12,บางกรวย,Bang Kruai
1203,12,บางใหญ่,Bang Yai
1204,12,บางบัวทอง,Bang Bua Thong
1205,12,ไทรน้อย,Sai Noi
1206,12,ปากเกร็ด,Pak Kret
1301,13,เมืองปทุมธานี,Mueang Pathum Thani
1302,13,คลองหลวง,Khlong Luang
1303,13,ธัญบุรี,Thanyaburi
1304,13,หนองเสือ,Nong Suea
1305,13,ลาดหลุมแก้ว,Lat Lum Kaeo
1306,13,ลำลูกกา,Lam Luk Ka
1307,13,สามโคก,Sam Khok
1401,14,พระนครศรีอยุธยา,Phra Nakhon Si Ayutthaya
1402,14,ท่าเรือ,Tha Ruea
1403,14,นครหลวง,Nakhon Luang
1404,14,บางไทร,Bang Sai
1405,14,บางบาล,Bang Ban
1406,14,บางปะอิน,Bang Pa-in
1407,14,บางปะหัน,Bang Pahan
1408,14,ผักไห่,Phak Hai
1409,14,ภาชี,Phachi
1410,14,ลาดบัวหลวง,Lat Bua Luang
1411,14,วังน้อย,Wang Noi
1412,14,เสนา,Sena
1413,14,บางซ้าย,Bang Sai
1414,14,อุทัย,Uthai
1415,14,มหาราช,Maha Rat
1416,14,บ้านแพรก,Ban Phraek
1501,15,เมืองอ่างทอง,Mueang Ang Thong
1502,15,ไชโย,Chaiyo
1503,15,ป่าโมก,Pa Mok
1504,15,โพธิ์ทอง,Pho Thong
1505,15,แสวงหา,Sawaeng Ha
1506,15,วิเศษชัยชาญ,Wiset Chai Chan
1507,15,สามโก้,Samko
1601,16,เมืองลพบุรี,Mueang Lop Buri
1602,16,พัฒนานิคม,Phatthana Nikhom
1603,16,โคกสำโรง,Khok Samrong
1604,16,ชัยบาดาล,Chai Badan
1605,16,ท่าวุ้ง,Tha Wung
1606,16,บ้านหมี่,Ban Mi
1607,16,ท่าหลวง,Tha Luang
1608,16,สระโบสถ์,Sa Bot
1609,16,โคกเจริญ,Khok Charoen
1610,16,ลำสนธิ,Lam Sonthi
1611,16,หนองม่วง,Nong Muang
1701,17,เมืองสิงห์บุรี,Mueang Sing Buri
1702,17,บางระจัน,Bang Rachan
1703,17,ค่ายบางระจัน,Khai Bang Rachan
1704,17,พรหมบุรี,Phrom Buri
1705,17,ท่าช้าง,Tha Chang
1706,17,อินทร์บุรี,In Buri
1801,18,เมืองชัยนาท,Mueang Chai Nat
1802,18,มโนรมย์,Manorom
1803,18,วัดสิงห์,Wat Sing
1804,18,สรรพยา,Sapphaya
1805,18,สรรคบุรี,Sankhaburi
1806,18,หันคา,Hankha
1807,18,หนองมะโมง,Nong Mamong
1808,18,เนินขาม,Noen Kham
1901,19,เมืองสระบุรี,Mueang Saraburi
1902,19,แก่งคอย,Kaeng Khoi
1903,19,หนองแค,Nong Khae
1904,19,วิหารแดง,Wihan Daeng
1905,19,หนองแซง,Nong Saeng
1906,19,บ้านหมอ,Ban Mo
1907,19,ดอนพุด,Don Phut
1908,19,หนองโดน,Nong Don
1909,19,พระพุทธบาท,Phra Phutthabat
1910,19,เสาไห้,Sao Hai
1911,19,มวกเหล็ก,Muak Lek
1912,19,วังม่วง,Wang Muang
1913,19,เฉลิมพระเกียรติ,Chaloem Phra Kiat
2001,20,เมืองชลบุรี,Mueang Chon Buri
2002,20,บ้านบึง,Ban Bueng
2003,20,หนองใหญ่,Nong Yai
2004,20,บางละมุง,Bang Lamung
2005,20,พานทอง,Phan Thong
2006,20,พนัสนิคม,Phanat Nikhom
2007,20,ศรีราชา,Si Racha
2008,20,เกาะสีชัง,Ko Sichang
2009,20,สัตหีบ,Sattahip
2010,20,บ่อทอง,Bo Thong
2011,20,เกาะจันทร์,Ko Chan
2101,21,เมืองระยอง,Mueang Rayong
2102,21,บ้านฉาง,Ban Chang
2103,21,แกลง,Klaeng
2104,21,วังจันทร์,Wang Chan
2105,21,บ้านค่าย,Ban Khai
2106,21,ปลวกแดง,Pluak Daeng
2107,21,เขาชะเมา,Khao Chamao
2108,21,นิคมพัฒนา,Nikhom Phatthana
2201,22,เมืองจันทบุรี,Mueang Chanthaburi
2202,22,ขลุง,Khlung
2203,22,ท่าใหม่,Tha Mai
2204,22,โป่งน้ำร้อน,Pong Nam Ron
2205,22,มะขาม,Makham
2206,22,แหลมสิงห์,Laem Sing
2207,22,สอยดาว,Soi Dao
2208,22,แก่งหางแมว,Kaeng Hang Maeo
2209,22,นายายอาม,Na Yai Am
2210,22,เขาคิชฌกูฏ,Khao Khitchakut
2301,23,เมืองตราด,Mueang Trat
2302,23,คลองใหญ่,Khlong Yai
2303,23,เขาสมิง,Khao Saming
2304,23,บ่อไร่,Bo Rai
2305,23,แหลมงอบ,Laem Ngop
2306,23,เกาะกูด,Ko Kut
2307,23,เกาะช้าง,Ko Chang
2401,24,เมืองฉะเชิงเทรา,Mueang Chachoengsao
2402,24,บางคล้า,Bang Khla
2403,24,บางน้ำเปรี้ยว,Bang Nam Priao
2404,24,บางปะกง,Bang Pakong
2405,24,บ้านโพธิ์,Ban Pho
2406,24,พนมสารคาม,Phanom Sarakham
2407,24,ราชสาส์น,Ratchasan
2408,24,สนามชัยเขต,Sanam Chai Khet
2409,24,แปลงยาว,Plaeng Yao
2410,24,ท่าตะเกียบ,Tha Takiap
2411,24,คลองเขื่อน,Khlong Khuean
2501,25,เมืองปราจีนบุรี,Mueang Prachin Buri
2502,25,กบินทร์บุรี,Kabin Buri
2503,25,นาดี,Na Di
2506,25,บ้านสร้าง,Ban Sang
2507,25,ประจันตคาม,Prachantakham
2508,25,ศรีมหาโพธิ,Si Maha Phot
2509,25,ศรีมโหสถ,Si Mahosot
2601,26,เมืองนครนายก,Mueang Nakhon Nayok
2602,26,ปากพลี,Pak Phli
2603,26,บ้านนา,Ban Na
2604,26,องครักษ์,Ongkharak
2701,27,เมืองสระแก้ว,Mueang Sa Kaeo
2702,27,คลองหาด,Khlong Hat
2703,27,ตาพระยา,Ta Phraya
2704,27,วังน้ำเย็น,Wang Nam Yen
2705,27,วัฒนานคร,Watthana Nakhon
2706,27,อรัญประเทศ,Aranyaprathet
2707,27,เขาฉกรรจ์,Khao Chakan
2708,27,โคกสูง,Khok Sung
2709,27,วังสมบูรณ์,Wang Sombun
3001,30,เมืองนครราชสีมา,Mueang Nakhon Ratchasima
3002,30,ครบุรี,Khon Buri
3003,30,เสิงสาง,Soeng Sang
3004,30,คง,Khong
3005,30,บ้านเหลื่อม,Ban Lueam
3006,30,จักราช,Chakkarat
3007,30,โชคชัย,Chok Chai
3008,30,ด่านขุนทด,Dan Khun Thot
3009,30,โนนไทย,Non Thai
3010,30,โนนสูง,Non Sung
3011,30,ขามสะแกแสง,Kham Sakaesaeng
3012,30,บัวใหญ่,Bua Yai
3013,30,ประทาย,Prathai
3014,30,ปักธงชัย,Pak Thong Chai
3015,30,พิมาย,Phimai
3016,30,ห้วยแถลง,Huai Thalaeng
3017,30,ชุมพวง,Chum Phuang
3018,30,สูงเนิน,Sung Noen
3019,30,ขามทะเลสอ,Kham Thale So
3020,30,สีคิ้ว,Sikhio
3021,30,ปากช่อง,Pak Chong
3022,30,หนองบุญมาก,Nong Bun Mak
3023,30,แก้งสนามนาง,Kaeng Sanam Nang
3024,30,โนนแดง,Non Daeng
3025,30,วังน้ำเขียว,Wang Nam Khiao
3026,30,เทพารักษ์,Thepharak
3027,30,เมืองยาง,Mueang Yang
3028,30,พระทองคำ,Phra Thong Kham
3029,30,ลำทะเมนชัย,Lam Thamenchai
3030,30,บัวลาย,Bua Lai
3031,30,สีดา,Sida
3032,30,เฉลิมพระเกียรติ,Chaloem Phra Kiat
3101,31,เมืองบุรีรัมย์,Mueang Buri Ram
3102,31,คูเมือง,Khu Mueang
3103,31,กระสัง,Krasang
3104,31,นางรอง,Nang Rong
3105,31,หนองกี่,Nong Ki
3106,31,ละหานทราย,Lahan Sai
3107,31,ประโคนชัย,Prakhon Chai
3108,31,บ้านกรวด,Ban Kruat
3109,31,พุทไธสง,Phutthaisong
3110,31,ลำปลายมาศ,Lam Plai Mat
3111,31,สตึก,Satuek
3112,31,ปะคำ,Pakham
3113,31,นาโพธิ์,Na Pho
3114,31,หนองหงส์,Nong Hong
3115,31,พลับพลาชัย,Phlapphla Chai
3116,31,ห้วยราช,Huai Rat
3117,31,โนนสุวรรณ,Non Suwan
3118,31,ชำนิ,Chamni
3119,31,บ้านใหม่ไชยพจน์,Ban Mai Chaiyaphot
3120,31,โนนดินแดง,Non Din Daeng
3121,31,บ้านด่าน,Ban Dan
3122,31,แคนดง,Khaen Dong
3123,31,เฉลิมพระเกียรติ,Chaloem Phra Kiat
3201,32,เมืองสุรินทร์,Mueang Surin
3202,32,ชุมพลบุรี,Chumphon Buri
3203,32,ท่าตูม,Tha Tum
3204,32,จอมพระ,Chom Phra
3205,32,ปราสาท,Prasat
3206,32,กาบเชิง,Kap Choeng
3207,32,รัตนบุรี,Rattanaburi
3208,32,สนม,Sanom
3209,32,ศีขรภูมิ,Sikhoraphum
3210,32,สังขะ,Sangkha
3211,32,ลำดวน,Lamduan
3212,32,สำโรงทาบ,Samrong Thap
3213,32,บัวเชด,Buachet
3214,32,พนมดงรัก,Phanom Dong Rak
3215,32,ศรีณรงค์,Si Narong
3216,32,เขวาสินรินทร์,Khwao Sinarin
3217,32,โนนนารายณ์,Non Narai
3301,33,เมืองศรีสะเกษ,Mueang Si Sa Ket
3302,33,ยางชุมน้อย,Yang Chum Noi
3303,33,กันทรารมย์,Kanthararom
3304,33,กันทรลักษ์,Kantharalak
3305,33,ขุขันธ์,KhuKhan
3306,33,ไพรบึง,Phrai Bueng
3307,33,ปรางค์กู่,Prang Ku
3308,33,ขุนหาญ,Khun Han
3309,33,ราษีไศล,Rasi Salai
3310,33,อุทุมพรพิสัย,Uthumphon Phisai
3311,33,บึงบูรพ์,Bueng Bun
3312,33,ห้วยทับทัน,Huai Thap Than
3313,33,โนนคูณ,Non Khun
3314,33,ศรีรัตนะ,Si Rattana
3315,33,น้ำเกลี้ยง,Nam Kliang
3316,33,วังหิน,Wang Hin
3317,33,ภูสิงห์,Phu Sing
3318,33,เมืองจันทร์,Mueang Chan
3319,33,เบญจลักษ์,Benchalak
3320,33,พยุห์,Phayu
3321,33,โพธิ์ศรีสุวรรณ,Pho Si Suwan
3322,33,ศิลาลาด,Sila Lat
3401,34,เมืองอุบลราชธานี,Mueang Ubon Ratchathani
3402,34,ศรีเมืองใหม่,Si Mueang Mai
3403,34,โขงเจียม,Khong Chiam
3404,34,เขื่องใน,Khueang Nai
3405,34,เขมราฐ,Khemarat
3407,34,เดชอุดม,Det Udom
3408,34,นาจะหลวย,Na Chaluai
3409,34,น้ำยืน,Nam Yuen
3410,34,บุณฑริก,Buntharik
3411,34,ตระการพืชผล,Trakan Phuet Phon
3412,34,กุดข้าวปุ้น,Kut Khaopun
3414,34,ม่วงสามสิบ,Muang Sam Sip
3415,34,วารินชำราบ,Warin Chamrap
3419,34,พิบูลมังสาหาร,Phibun Mangsahan
3420,34,ตาลสุม,Tan Sum
3421,34,โพธิ์ไทร,Pho Sai
3422,34,สำโรง,Samrong
3424,34,ดอนมดแดง,Don Mot Daeng
3425,34,สิรินธร,Sirindhorn
3426,34,ทุ่งศรีอุดม,Thung Si Udom
3429,34,นาเยีย,Na Yia
3430,34,นาตาล,Na Tan
3431,34,เหล่าเสือโก้ก,Lao Suea Kok
3432,34,สว่างวีระวงศ์,Sawang Wirawong
3433,34,น้ำขุ่น,Nam Khun
3501,35,เมืองยโสธร,Mueang Yasothon
3502,35,ทรายมูล,Sai Mun
3503,35,กุดชุม,Kut Chum
3504,35,คำเขื่อนแก้ว,Kham Khuean Kaeo
3505,35,ป่าติ้ว,Pa Tio
3506,35,มหาชนะชัย,Maha Chana Chai
3507,35,ค้อวัง,Kho Wang
3508,35,เลิงนกทา,Loeng Nok Tha
3509,35,ไทยเจริญ,Thai Charoen
3601,36,เมืองชัยภูมิ,Mueang Chaiyaphum
3602,36,บ้านเขว้า,Ban Khwao
3603,36,คอนสวรรค์,Khon Sawan
3604,36,เกษตรสมบูรณ์,Kaset Sombun
3605,36,หนองบัวแดง,Nong Bua Daeng
3606,36,จัตุรัส,Chatturat
3607,36,บำเหน็จณรงค์,Bamnet Narong
3608,36,หนองบัวระเหว,Nong Bua Rawe
3609,36,เทพสถิต,Thep Sathit
3610,36,ภูเขียว,Phu Khiao
3611,36,บ้านแท่น,Ban Thaen
3612,36,แก้งคร้อ,Kaeng Khro
3613,36,คอนสาร,Khon San
3614,36,ภักดีชุมพล,Phakdi Chumphon
3615,36,เนินสง่า,Noen Sa-nga
3616,36,ซับใหญ่,Sap Yai
3701,37,เมืองอำนาจเจริญ,Mueang Amnat Charoen
3702,37,ชานุมาน,Chanuman
3703,37,ปทุมราชวงศา,Pathum Ratchawongsa
3704,37,พนา,Phana
3705,37,เสนางคนิคม,Senangkhanikhom
3706,37,หัวตะพาน,Hua Taphan
3707,37,ลืออำนาจ,Lue Amnat
3801,38,เมืองบึงกาฬ,Mueang Bueng Kan
3802,38,พรเจริญ,Phon Charoen
3803,38,โซ่พิสัย,So Phisai
3804,38,เซกา,Seka
3805,38,ปากคาด,Pak Khat
3806,38,บึงโขงหลง,Bueng Khong Long
3807,38,ศรีวิไล,Si Wilai
3808,38,บุ่งคล้า,Bung Khla
3901,39,เมืองหนองบัวลำภู,Mueang Nong Bua Lam Phu
3902,39,นากลาง,Na Klang
3903,39,โนนสัง,Non Sang
3904,39,ศรีบุญเรือง,Si Bun Rueang
3905,39,สุวรรณคูหา,Suwannakhuha
3906,39,นาวัง,Na Wang
4001,40,เมืองขอนแก่น,Mueang Khon Kaen
4002,40,บ้านฝาง,Ban Fang
4003,40,พระยืน,Phra Yuen
4004,40,หนองเรือ,Nong Ruea
4005,40,ชุมแพ,Chum Phae
4006,40,สีชมพู,Si Chomphu
4007,40,น้ำพอง,Nam Phong
4008,40,อุบลรัตน์,Ubolratana
4009,40,กระนวน,Kranuan
4010,40,บ้านไผ่,Ban Phai
4011,40,เปือยน้อย,Pueai Noi
4012,40,พล,Phon
4013,40,แวงใหญ่,Waeng Yai
4014,40,แวงน้อย,Waeng Noi
4015,40,หนองสองห้อง,Nong Song Hong
4016,40,ภูเวียง,Phu Wiang
4017,40,มัญจาคีรี,Mancha Khiri
4018,40,ชนบท,Chonnabot
4019,40,เขาสวนกวาง,Khao Suan Kwang
4020,40,ภูผาม่าน,Phu Pha Man
4021,40,ซำสูง,Sam Sung
4022,40,โคกโพธิ์ไชย,Khok Pho Chai
4023,40,หนองนาคำ,Nong Na Kham
4024,40,บ้านแฮด,Ban Haet
4025,40,โนนศิลา,Non Sila
4029,40,เวียงเก่า,Wiang Kao
4101,41,เมืองอุดรธานี,Mueang Udon Thani
4102,41,กุดจับ,Kut Chap
4103,41,หนองวัวซอ,Nong Wua So
4104,41,กุมภวาปี,Kumphawapi
4105,41,โนนสะอาด,Non Sa-at
4106,41,หนองหาน,Nong Han
4107,41,ทุ่งฝน,Thung Fon
4108,41,ไชยวาน,Chai Wan
4109,41,ศรีธาตุ,Si That
4110,41,วังสามหมอ,Wang Sam Mo
4111,41,บ้านดุง,Ban Dung
4117,41,บ้านผือ,Ban Phue
4118,41,น้ำโสม,Nam Som
4119,41,เพ็ญ,Phen
4120,41,สร้างคอม,Sang Khom
4121,41,หนองแสง,Nong Saeng
4122,41,นายูง,Na Yung
4123,41,พิบูลย์รักษ์,Phibun Rak
4124,41,กู่แก้ว,Ku Kaeo
4125,41,ประจักษ์ศิลปาคม,Prachaksinlapakhom
4201,42,เมืองเลย,Mueang Loei
4202,42,นาด้วง,Na Duang
4203,42,เชียงคาน,Chiang Khan
4204,42,ปากชม,Pak Chom
4205,42,ด่านซ้าย,Dan Sai
4206,42,นาแห้ว,Na Haeo
4207,42,ภูเรือ,Phu Ruea
4208,42,ท่าลี่,Tha Li
4209,42,วังสะพุง,Wang Saphung
4210,42,ภูกระดึง,Phu Kradueng
4211,42,ภูหลวง,Phu Luang
4212,42,ผาขาว,Pha Khao
4213,42,เอราวัณ,Erawan
4214,42,หนองหิน,Nong Hin
4301,43,เมืองหนองคาย,Mueang Nong Khai
4302,43,ท่าบ่อ,Tha Bo
4305,43,โพนพิสัย,Phon Phisai
4307,43,ศรีเชียงใหม่,Si Chiang Mai
4308,43,สังคม,Sangkhom
4314,43,สระใคร,Sakhrai
4315,43,เฝ้าไร่,Fao Rai
4316,43,รัตนวาปี,Rattanawapi
4317,43,โพธิ์ตาก,Pho Tak
4401,44,เมืองมหาสารคาม,Mueang Maha Sarakham
4402,44,แกดำ,Kae Dam
4403,44,โกสุมพิสัย,Kosum Phisai
4404,44,กันทรวิชัย,Kantharawichai
4405,44,เชียงยืน,Chiang Yuen
4406,44,บรบือ,Borabue
4407,44,นาเชือก,Na Chueak
4408,44,พยัคฆภูมิพิสัย,Phayakkhaphum Phisai
4409,44,วาปีปทุม,Wapi Pathum
4410,44,นาดูน,Na Dun
4411,44,ยางสีสุราช,Yang Si Surat
4412,44,กุดรัง,Kut Rang
4413,44,ชื่นชม,Chuen Chom
4501,45,เมืองร้อยเอ็ด,Mueang Roi Et
4502,45,เกษตรวิสัย,Kaset Wisai
4503,45,ปทุมรัตต์,Pathum Rat
4504,45,จตุรพักตรพิมาน,Chaturaphak Phiman
4505,45,ธวัชบุรี,Thawat Buri
4506,45,พนมไพร,Phanom Phrai
4507,45,โพนทอง,Phon Thong
4508,45,โพธิ์ชัย,Pho Chai
4509,45,หนองพอก,Nong Phok
4510,45,เสลภูมิ,Selaphum
4511,45,สุวรรณภูมิ,Suwannaphum
4512,45,เมืองสรวง,Mueang Suang
4513,45,โพนทราย,Phon Sai
4514,45,อาจสามารถ,At Samat
4515,45,เมยวดี,Moei Wadi
4516,45,ศรีสมเด็จ,Si Somdet
4517,45,จังหาร,Changhan
4518,45,เชียงขวัญ,Chiang Khwan
4519,45,หนองฮี,Nong Hi
4520,45,ทุ่งเขาหลวง,Thung Khao Luang
4601,46,เมืองกาฬสินธุ์,Mueang Kalasin
4602,46,นามน,Na Mon
4603,46,กมลาไสย,Kamalasai
4604,46,ร่องคำ,Rong Kham
4605,46,กุฉินารายณ์,Kuchinarai
4606,46,เขาวง,Khao Wong
4607,46,ยางตลาด,Yang Talat
4608,46,ห้วยเม็ก,Huai Mek
4609,46,สหัสขันธ์,Sahatsakhan
4610,46,คำม่วง,Kham Muang
4611,46,ท่าคันโท,Tha Khantho
4612,46,หนองกุงศรี,Nong Kung Si
4613,46,สมเด็จ,Somdet
4614,46,ห้วยผึ้ง,Huai Phueng
4615,46,สามชัย,Sam Chai
4616,46,นาคู,Na Khu
4617,46,ดอนจาน,Don Chan
4618,46,ฆ้องชัย,Khong Chai
4701,47,เมืองสกลนคร,Mueang Sakon Nakhon
4702,47,กุสุมาลย์,Kusuman
4703,47,กุดบาก,Kut Bak
4704,47,พรรณานิคม,Phanna Nikhom
4705,47,พังโคน,Phang Khon
4706,47,วาริชภูมิ,Waritchaphum
4707,47,นิคมน้ำอูน,Nikhom Nam Un
4708,47,วานรนิวาส,Wanon Niwat
4709,47,คำตากล้า,Kham Ta Kla
4710,47,บ้านม่วง,Ban Muang
4711,47,อากาศอำนวย,Akat Amnuai
4712,47,สว่างแดนดิน,Sawang Daen Din
4713,47,ส่องดาว,Song Dao
4714,47,เต่างอย,Tao Ngoi
4715,47,โคกศรีสุพรรณ,Khok Si Suphan
4716,47,เจริญศิลป์,Charoen Sin
4717,47,โพนนาแก้ว,Phon Na Kaeo
4718,47,ภูพาน,Phu Phan
4801,48,เมืองนครพนม,Mueang Nakhon Phanom
4802,48,ปลาปาก,Pla Pak
4803,48,ท่าอุเทน,Tha Uthen
4804,48,บ้านแพง,Ban Phaeng
4805,48,ธาตุพนม,That Phanom
4806,48,เรณูนคร,Renu NaKhon
4807,48,นาแก,Na Kae
4808,48,ศรีสงคราม,Si Songkhram
4809,48,นาหว้า,Na Wa
4810,48,โพนสวรรค์,Phon Sawan
4811,48,นาทม,Na Thom
4812,48,วังยาง,Wang Yang
4901,49,เมืองมุกดาหาร,Mueang Mukdahan
4902,49,นิคมคำสร้อย,Nikhom Kham Soi
4903,49,ดอนตาล,Don Tan
4904,49,ดงหลวง,Dong Luang
4905,49,คำชะอี,Khamcha-I
4906,49,หว้านใหญ่,Wan Yai
4907,49,หนองสูง,Nong Sung
5001,50,เมืองเชียงใหม่,Mueang Chiang Mai
5002,50,จอมทอง,Chom Thong
5003,50,แม่แจ่ม,Mae Chaem
5004,50,เชียงดาว,Chiang Dao
5005,50,ดอยสะเก็ด,Doi SaKet
5006,50,แม่แตง,Mae Taeng
5007,50,แม่ริม,Mae Rim
5008,50,สะเมิง,Samoeng
5009,50,ฝาง,Fang
5010,50,แม่อาย,Mae Ai
5011,50,พร้าว,Phrao
5012,50,สันป่าตอง,San Pa Tong
5013,50,สันกำแพง,San Kamphaeng
5014,50,สันทราย,San Sai
5015,50,หางดง,Hang Dong
5016,50,ฮอด,Hot
5017,50,ดอยเต่า,Doi Tao
5018,50,อมก๋อย,Omkoi
5019,50,สารภี,Saraphi
5020,50,เวียงแหง,Wiang Haeng
5021,50,ไชยปราการ,Chai Prakan
5022,50,แม่วาง,Mae Wang
5023,50,แม่ออน,Mae On
5024,50,ดอยหล่อ,Doi Lo
5025,50,กัลยาณิวัฒนา,Galyani Vadhana
5101,51,เมืองลำพูน,Mueang Lamphun
5102,51,แม่ทา,Mae Tha
5103,51,บ้านโฮ่ง,Ban Hong
5104,51,ลี้,Li
5105,51,ทุ่งหัวช้าง,Thung Hua Chang
5106,51,ป่าซาง,Pa Sang
5107,51,บ้านธิ,Ban Thi
5108,51,เวียงหนองล่อง,Wiang Nong Long
5201,52,เมืองลำปาง,Mueang Lampang
5202,52,แม่เมาะ,Mae Mo
5203,52,เกาะคา,Ko Kha
5204,52,เสริมงาม,Soem Ngam
5205,52,งาว,Ngao
5206,52,แจ้ห่ม,Chae Hom
5207,52,วังเหนือ,Wang Nuea
5208,52,เถิน,Thoen
5209,52,แม่พริก,Mae Phrik
5210,52,แม่ทะ,Mae Tha
5211,52,สบปราบ,Sop Prap
5212,52,ห้างฉัตร,Hang Chat
5213,52,เมืองปาน,Mueang Pan
5301,53,เมืองอุตรดิตถ์,Mueang Uttaradit
5302,53,ตรอน,Tron
5303,53,ท่าปลา,Tha Pla
5304,53,น้ำปาด,Nam Pat
5305,53,ฟากท่า,Fak Tha
5306,53,บ้านโคก,Ban Khok
5307,53,พิชัย,Phichai
5308,53,ลับแล,Laplae
5309,53,ทองแสนขัน,Thong Saen Khan
5401,54,เมืองแพร่,Mueang Phrae
5402,54,ร้องกวาง,Rong Kwang
5403,54,ลอง,Long
5404,54,สูงเม่น,Sung Men
5405,54,เด่นชัย,Den Chai
5406,54,สอง,Song
5407,54,วังชิ้น,Wang Chin
5408,54,หนองม่วงไข่,Nong Muang Khai
5501,55,เมืองน่าน,Mueang Nan
5502,55,แม่จริม,Mae Charim
5503,55,บ้านหลวง,Ban Luang
5504,55,นาน้อย,Na Noi
5505,55,ปัว,Pua
5506,55,ท่าวังผา,Tha Wang Pha
5507,55,เวียงสา,Wiang Sa
5508,55,ทุ่งช้าง,Thung Chang
5509,55,เชียงกลาง,Chiang Klang
5510,55,นาหมื่น,Na Muen
5511,55,สันติสุข,Santi Suk
5512,55,บ่อเกลือ,Bo Kluea
5513,55,สองแคว,Song Khwae
5514,55,ภูเพียง,Phu Phiang
5515,55,เฉลิมพระเกียรติ,Chaloem Phra Kiat
5601,56,เมืองพะเยา,Mueang Phayao
5602,56,จุน,Chun
5603,56,เชียงคำ,Chiang Kham
5604,56,เชียงม่วน,Chiang Muan
5605,56,ดอกคำใต้,Dok Khamtai
5606,56,ปง,Pong
5607,56,แม่ใจ,Mae Chai
5608,56,ภูซาง,Phu Sang
5609,56,ภูกามยาว,Phu Kamyao
5701,57,เมืองเชียงราย,Mueang Chiang Rai
5702,57,เวียงชัย,Wiang Chai
5703,57,เชียงของ,Chiang Khong
5704,57,เทิง,Thoeng
5705,57,พาน,Phan
5706,57,ป่าแดด,Pa Daet
5707,57,แม่จัน,Mae Chan
5708,57,เชียงแสน,Chiang Saen
5709,57,แม่สาย,Mae Sai
5710,57,แม่สรวย,Mae Suai
5711,57,เวียงป่าเป้า,Wiang Pa Pao
5712,57,พญาเม็งราย,Phaya Mengrai
5713,57,เวียงแก่น,Wiang Kaen
5714,57,ขุนตาล,Khun Tan
5715,57,แม่ฟ้าหลวง,Mae Fa Luang
5716,57,แม่ลาว,Mae Lao
5717,57,เวียงเชียงรุ้ง,Wiang Chiang Rung
5718,57,ดอยหลวง,Doi Luang
5801,58,เมืองแม่ฮ่องสอน,Mueang Mae Hong Son
5802,58,ขุนยวม,Khun Yuam
5803,58,ปาย,Pai
5804,58,แม่สะเรียง,Mae Sariang
5805,58,แม่ลาน้อย,Mae La Noi
5806,58,สบเมย,Sop Moei
5807,58,ปางมะผ้า,Pang Mapha
6001,60,เมืองนครสวรรค์,Mueang Nakhon Sawan
6002,60,โกรกพระ,Krok Phra
6003,60,ชุมแสง,Chum Saeng
6004,60,หนองบัว,Nong Bua
6005,60,บรรพตพิสัย,Banphot Phisai
6006,60,เก้าเลี้ยว,Kao Liao
6007,60,ตาคลี,Takhli
6008,60,ท่าตะโก,Tha Tako
6009,60,ไพศาลี,Phaisali
6010,60,พยุหะคีรี,Phayuha Khiri
6011,60,ลาดยาว,Lat Yao
6012,60,ตากฟ้า,Tak Fa
6013,60,แม่วงก์,Mae Wong
6014,60,แม่เปิน,Mae Poen
6015,60,ชุมตาบง,Chum Ta Bong
6101,61,เมืองอุทัยธานี,Mueang Uthai Thani
6102,61,ทัพทัน,Thap Than
6103,61,สว่างอารมณ์,Sawang Arom
6104,61,หนองฉาง,Nong Chang
6105,61,หนองขาหย่าง,Nong Khayang
6106,61,บ้านไร่,Ban Rai
6107,61,ลานสัก,Lan Sak
6108,61,ห้วยคต,Huai Khot
6201,62,เมืองกำแพงเพชร,Mueang Kamphaeng Phet
6202,62,ไทรงาม,Sai Ngam
6203,62,คลองลาน,Khlong Lan
6204,62,ขาณุวรลักษบุรี,Khanu Woralaksaburi
6205,62,คลองขลุง,Khlong Khlung
6206,62,พรานกระต่าย,Phran Kratai
6207,62,ลานกระบือ,Lan Krabue
6208,62,ทรายทองวัฒนา,Sai Thong Watthana
6209,62,ปางศิลาทอง,Pang SiLa Thong
6210,62,บึงสามัคคี,Bueng Samakkhi
6211,62,โกสัมพีนคร,Kosamphi Nakhon
6301,63,เมืองตาก,Mueang Tak
6302,63,บ้านตาก,Ban Tak
6303,63,สามเงา,Sam Ngao
6304,63,แม่ระมาด,Mae Ramat
6305,63,ท่าสองยาง,Tha Song Yang
6306,63,แม่สอด,Mae Sot
6307,63,พบพระ,Phop Phra
6308,63,อุ้มผาง,Umphang
6309,63,วังเจ้า,Wang Chao
6401,64,เมืองสุโขทัย,Mueang Sukhothai
6402,64,บ้านด่านลานหอย,Ban Dan Lan Hoi
6403,64,คีรีมาศ,Khiri Mat
6404,64,กงไกรลาศ,Kong Krailat
6405,64,ศรีสัชนาลัย,Si Satchanalai
6406,64,ศรีสำโรง,Si Samrong
6407,64,สวรรคโลก,Sawankhalok
6408,64,ศรีนคร,Si Nakhon
6409,64,ทุ่งเสลี่ยม,Thung Saliam
6501,65,เมืองพิษณุโลก,Mueang Phitsanulok
6502,65,นครไทย,Nakhon Thai
6503,65,ชาติตระการ,Chat Trakan
6504,65,บางระกำ,Bang Rakam
6505,65,บางกระทุ่ม,Bang Krathum
6506,65,พรหมพิราม,Phrom Phiram
6507,65,วัดโบสถ์,Wat Bot
6508,65,วังทอง,Wang Thong
6509,65,เนินมะปราง,Noen Maprang
6601,66,เมืองพิจิตร,Mueang Phichit
6602,66,วังทรายพูน,Wang Sai Phun
6603,66,โพธิ์ประทับช้าง,Pho Prathap Chang
6604,66,ตะพานหิน,Taphan Hin
6605,66,บางมูลนาก,Bang Mun Nak
6606,66,โพทะเล,Pho Thale
6607,66,สามง่าม,Sam Ngam
6608,66,ทับคล้อ,Thap Khlo
6609,66,สากเหล็ก,Sak Lek
6610,66,บึงนาราง,Bueng Na Rang
6611,66,ดงเจริญ,Dong Charoen
6612,66,วชิรบารมี,Vajira Barami
6701,67,เมืองเพชรบูรณ์,Mueang Phetchabun
6702,67,ชนแดน,Chon Daen
6703,67,หล่มสัก,Lom Sak
6704,67,หล่มเก่า,Lom Kao
6705,67,วิเชียรบุรี,Wichian Buri
6706,67,ศรีเทพ,Si Thep
6707,67,หนองไผ่,Nong Phai
6708,67,บึงสามพัน,Bueng Sam Phan
6709,67,น้ำหนาว,Nam Nao
6710,67,วังโป่ง,Wang Pong
6711,67,เขาค้อ,Khao Kho
7001,70,เมืองราชบุรี,Mueang Ratchaburi
7002,70,จอมบึง,Chom Bueng
7003,70,สวนผึ้ง,Suan Phueng
7004,70,ดำเนินสะดวก,Damnoen Saduak
7005,70,บ้านโป่ง,Ban Pong
7006,70,บางแพ,Bang Phae
7007,70,โพธาราม,Photharam
7008,70,ปากท่อ,Pak Tho
7009,70,วัดเพลง,Wat Phleng
7010,70,บ้านคา,Ban Kha
7101,71,เมืองกาญจนบุรี,Mueang Kanchanaburi
7102,71,ไทรโยค,Sai Yok
7103,71,บ่อพลอย,Bo Phloi
7104,71,ศรีสวัสดิ์,Si Sawat
7105,71,ท่ามะกา,Tha Maka
7106,71,ท่าม่วง,Tha Muang
7107,71,ทองผาภูมิ,Thong Pha Phum
7108,71,สังขละบุรี,Sangkhla Buri
7109,71,พนมทวน,Phanom Thuan
7110,71,เลาขวัญ,Lao Khwan
7111,71,ด่านมะขามเตี้ย,Dan Makham Tia
7112,71,หนองปรือ,Nong Prue
7113,71,ห้วยกระเจา,Huai Krachao
7201,72,เมืองสุพรรณบุรี,Mueang Suphan Buri
7202,72,เดิมบางนางบวช,Doem Bang Nang Buat
7203,72,ด่านช้าง,Dan Chang
7204,72,บางปลาม้า,Bang Pla Ma
7205,72,ศรีประจันต์,Si Prachan
7206,72,ดอนเจดีย์,Don Chedi
7207,72,สองพี่น้อง,Song Phi Nong
7208,72,สามชุก,Sam Chuk
7209,72,อู่ทอง,U Thong
7210,72,หนองหญ้าไซ,Nong Ya Sai
7301,73,เมืองนครปฐม,Mueang Nakhon Pathom
7302,73,กำแพงแสน,Kamphaeng Saen
7303,73,นครชัยศรี,Nakhon Chai Si
7304,73,ดอนตูม,Don Tum
7305,73,บางเลน,Bang Len
7306,73,สามพราน,Sam Phran
7307,73,พุทธมณฑล,Phutthamonthon
7401,74,เมืองสมุทรสาคร,Mueang Samut Sakhon
7402,74,กระทุ่มแบน,Krathum Baen
7403,74,บ้านแพ้ว,Ban Phaeo
7501,75,เมืองสมุทรสงคราม,Mueang Samut Songkhram
7502,75,บางคนที,Bang Khonthi
7503,75,อัมพวา,Amphawa
7601,76,เมืองเพชรบุรี,Mueang Phetchaburi
7602,76,เขาย้อย,Khao Yoi
7603,76,หนองหญ้าปล้อง,Nong Ya Plong
7604,76,ชะอำ,Cha-am
7605,76,ท่ายาง,Tha Yang
7606,76,บ้านลาด,Ban Lat
7607,76,บ้านแหลม,Ban Laem
7608,76,แก่งกระจาน,Kaeng Krachan
7701,77,เมืองประจวบคีรีขันธ์,Mueang Prachuap Khiri Khan
7702,77,กุยบุรี,Kui Buri
7703,77,ทับสะแก,Thap Sakae
7704,77,บางสะพาน,Bang Saphan
7705,77,บางสะพานน้อย,Bang Saphan Noi
7706,77,ปราณบุรี,Pran Buri
7707,77,หัวหิน,Hua Hin
7708,77,สามร้อยยอด,Sam Roi Yot
8001,80,เมืองนครศรีธรรมราช,Mueang Nakhon Si Thammarat
8002,80,พรหมคีรี,Phrom Khiri
8003,80,ลานสกา,Lan SaKa
8004,80,ฉวาง,Chawang
8005,80,พิปูน,Phipun
8006,80,เชียรใหญ่,Chian Yai
8007,80,ชะอวด,Cha-uat
8008,80,ท่าศาลา,Tha Sala
8009,80,ทุ่งสง,Thung Song
8010,80,นาบอน,Na Bon
8011,80,ทุ่งใหญ่,Thung Yai
8012,80,ปากพนัง,Pak Phanang
8013,80,ร่อนพิบูลย์,Ron Phibun
8014,80,สิชล,Sichon
8015,80,ขนอม,Khanom
8016,80,หัวไทร,Hua Sai
8017,80,บางขัน,Bang Khan
8018,80,ถ้ำพรรณรา,Tham Phannara
8019,80,จุฬาภรณ์,Chulabhorn
8020,80,พระพรหม,Phra Phrom
8021,80,นบพิตำ,Nopphitam
8022,80,ช้างกลาง,Chang Klang
8023,80,เฉลิมพระเกียรติ,Chaloem Phra Kiat
8101,81,เมืองกระบี่,Mueang Krabi
8102,81,เขาพนม,Khao Phanom
8103,81,เกาะลันตา,Ko Lanta
8104,81,คลองท่อม,Khlong Thom
8105,81,อ่าวลึก,Ao Luek
8106,81,ปลายพระยา,Plai Phraya
8107,81,ลำทับ,Lam Thap
8108,81,เหนือคลอง,Nuea Khlong
8201,82,เมืองพังงา,Mueang Phang-nga
8202,82,เกาะยาว,Ko Yao
8203,82,กะปง,Kapong
8204,82,ตะกั่วทุ่ง,Takua Thung
8205,82,ตะกั่วป่า,Takua Pa
8206,82,คุระบุรี,Khura Buri
8207,82,ทับปุด,Thap Put
8208,82,ท้ายเหมือง,Thai Mueang
8301,83,เมืองภูเก็ต,Mueang Phuket
8302,83,กะทู้,Kathu
8303,83,ถลาง,Thalang
8401,84,เมืองสุราษฎร์ธานี,Mueang Surat Thani
8402,84,กาญจนดิษฐ์,Kanchanadit
8403,84,ดอนสัก,Don Sak
8404,84,เกาะสมุย,Ko Samui
8405,84,เกาะพะงัน,Ko Pha-ngan
8406,84,ไชยา,Chaiya
8407,84,ท่าชนะ,Tha Chana
8408,84,คีรีรัฐนิคม,Khiri Rat Nikhom
8409,84,บ้านตาขุน,Ban Ta Khun
8410,84,พนม,Phanom
8411,84,ท่าฉาง,Tha Chang
8412,84,บ้านนาสาร,Ban Na San
8413,84,บ้านนาเดิม,Ban Na Doem
8414,84,เคียนซา,Khian Sa
8415,84,เวียงสระ,Wiang Sa
8416,84,พระแสง,Phrasaeng
8417,84,พุนพิน,Phunphin
8418,84,ชัยบุรี,Chai Buri
8419,84,วิภาวดี,Vibhavadi
8501,85,เมืองระนอง,Mueang Ranong
8502,85,ละอุ่น,La-un
8503,85,กะเปอร์,Kapoe
8504,85,กระบุรี,Kra Buri
8505,85,สุขสำราญ,Suk Samran
8601,86,เมืองชุมพร,Mueang Chumphon
8602,86,ท่าแซะ,Tha Sae
8603,86,ปะทิว,Pathio
8604,86,หลังสวน,Lang Suan
8605,86,ละแม,Lamae
8606,86,พะโต๊ะ,Phato
8607,86,สวี,Sawi
8608,86,ทุ่งตะโก,Thung Tako
9001,90,เมืองสงขลา,Mueang Songkhla
9002,90,สทิงพระ,Sathing Phra
9003,90,จะนะ,Chana
9004,90,นาทวี,Na Thawi
9005,90,เทพา,Thepha
9006,90,สะบ้าย้อย,Saba Yoi
9007,90,ระโนด,Ranot
9008,90,กระแสสินธุ์,Krasae Sin
9009,90,รัตภูมิ,Rattaphum
9010,90,สะเดา,Sadao
9011,90,หาดใหญ่,Hat Yai
9012,90,นาหม่อม,Na Mom
9013,90,ควนเนียง,Khuan Niang
9014,90,บางกล่ำ,Bang Klam
9015,90,สิงหนคร,Singhanakhon
9016,90,คลองหอยโข่ง,Khlong Hoi Khong
9101,91,เมืองสตูล,Mueang Satun
9102,91,ควนโดน,Khuan Don
9103,91,ควนกาหลง,Khuan Kalong
9104,91,ท่าแพ,Tha Phae
9105,91,ละงู,La-ngu
9106,91,ทุ่งหว้า,Thung Wa
9107,91,มะนัง,Manang
9201,92,เมืองตรัง,Mueang Trang
9202,92,กันตัง,Kantang
9203,92,ย่านตาขาว,Yan Ta Khao
9204,92,ปะเหลียน,Palian
9205,92,สิเกา,Sikao
9206,92,ห้วยยอด,Huai Yot
9207,92,วังวิเศษ,Wang Wiset
9208,92,นาโยง,Na Yong
9209,92,รัษฎา,Ratsada
9210,92,หาดสำราญ,Hat Samran
9301,93,เมืองพัทลุง,Mueang Phatthalung
9302,93,กงหรา,Kong Ra
9303,93,เขาชัยสน,Khao Chaison
9304,93,ตะโหมด,Tamot
9305,93,ควนขนุน,Khuan Khanun
9306,93,ปากพะยูน,Pak Phayun
9307,93,ศรีบรรพต,Si Banphot
9308,93,ป่าบอน,Pa Bon
9309,93,บางแก้ว,Bang Kaeo
9310,93,ป่าพะยอม,Pa Phayom
9311,93,ศรีนครินทร์,Srinagarindra
9401,94,เมืองปัตตานี,Mueang Pattani
9402,94,โคกโพธิ์,Khok Pho
9403,94,หนองจิก,Nong Chik
9404,94,ปะนาเระ,Panare
9405,94,มายอ,Mayo
9406,94,ทุ่งยางแดง,Thung Yang Daeng
9407,94,สายบุรี,Sai Buri
9408,94,ไม้แก่น,Mai Kaen
9409,94,ยะหริ่ง,Yaring
9410,94,ยะรัง,Yarang
9411,94,กะพ้อ,Kapho
9412,94,แม่ลาน,Mae Lan
9501,95,เมืองยะลา,Mueang Yala
9502,95,เบตง,Betong
9503,95,บันนังสตา,Bannang Sata
9504,95,ธารโต,Than To
9505,95,ยะหา,Yaha
9506,95,รามัน,Raman
9507,95,กาบัง,Kabang
9508,95,กรงปินัง,Krong Pinang
9601,96,เมืองนราธิวาส,Mueang Narathiwat
9602,96,ตากใบ,Tak Bai
9603,96,บาเจาะ,Bacho
9604,96,ยี่งอ,Yi-ngo
9605,96,ระแงะ,Ra-ngae
9606,96,รือเสาะ,Rueso
9607,96,ศรีสาคร,Si Sakhon
9608,96,แว้ง,Waeng
9609,96,สุคิริน,Sukhirin
9610,96,สุไหงโก-ลก,Su-ngai Kolok
9611,96,สุไหงปาดี,Su-ngai Padi
9612,96,จะแนะ,Chanae
9613,96,เจาะไอร้อง,Cho-airong
"""


def rows():
    for line in DISTRICTS.strip().splitlines():
        code, province_code, name_th, name_en = line.split(",", 3)
        yield code, province_code, name_th, name_en


def load(apps, schema_editor):
    Province = apps.get_model("provinces", "Province")
    District = apps.get_model("provinces", "District")
    province_id = dict(Province.objects.values_list("code", "pk"))
    have = set(District.objects.values_list("code", flat=True))
    District.objects.bulk_create(
        District(code=code, province_id=province_id[province_code], name_th=name_th, name_en=name_en)
        for code, province_code, name_th, name_en in rows()
        if code not in have
    )


def unload(apps, schema_editor):
    District = apps.get_model("provinces", "District")
    District.objects.filter(code__in=[code for code, *_ in rows()]).delete()


class Migration(migrations.Migration):
    dependencies = [("provinces", "0005_district")]

    operations = [migrations.RunPython(load, unload)]
