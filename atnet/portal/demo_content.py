"""Demo content for the public site, in Romanian, English and Russian.

Data only: the home page, the seven programme pages (from the programme
brochure), twelve news items and two events (meetings
and trainings announce their own). Dates are relative to the day
the demo data is loaded (``days_ago`` / ``days_from_now``); event hours are
local time in Europe/Chisinau. News and events describe plausible, fictional
activities of the network; no real person is named.
"""

HOME = {
    "ro": {
        "title": "Rețeaua Antitrafic și Gender din Republica Moldova",
        "intro": (
            "Rețeaua reunește instituțiile statului, organizațiile societății civile și partenerii "
            "internaționali care lucrează pentru prevenirea și combaterea traficului de ființe "
            "umane și a violenței în familie și pentru egalitatea de gen. Aici găsiți știrile, "
            "evenimentele și activitățile programului, în limbile română, engleză și rusă."
        ),
    },
    "en": {
        "title": "Anti-Trafficking and Gender Network of the Republic of Moldova",
        "intro": (
            "The network brings together state institutions, civil society organisations and "
            "international partners working to prevent and combat trafficking in human beings and "
            "domestic violence and to advance gender equality. This site presents the programme's "
            "news, events and activities in Romanian, English and Russian."
        ),
    },
    "ru": {
        "title": "Сеть по борьбе с торговлей людьми и гендерным вопросам Республики Молдова",
        "intro": (
            "Сеть объединяет государственные учреждения, организации гражданского общества и "
            "международных партнёров, работающих над предупреждением торговли людьми и насилия в "
            "семье и борьбой с ними, а также над продвижением гендерного равенства. Здесь "
            "публикуются новости, мероприятия и сведения о деятельности программы на румынском, "
            "английском и русском языках."
        ),
    },
}

# The seven programme pages, in menu order; only "about" is not an area of work.
PROGRAMME_PAGES = [
    {
        "slug": "about",
        "area_of_work": False,
        "ro": {
            "title": "Despre program",
            "intro": (
                "Programul antitrafic și gender sprijină autoritățile naționale și societatea "
                "civilă din Republica Moldova în prevenirea traficului de ființe umane și a "
                "violenței în familie și în promovarea egalității de gen."
            ),
            "body": [
                (
                    "Programul este susținut de Misiune și se desfășoară în strânsă cooperare cu "
                    "instituțiile statului, organizațiile neguvernamentale și alți prestatori de "
                    "servicii sociale la nivel local, regional și național. Activitățile sale "
                    "acoperă întreg teritoriul Republicii Moldova."
                ),
                (
                    "Programul are șase direcții de lucru: coordonarea actorilor din domeniu, "
                    "consolidarea potențialului național, pagina internet a rețelei, suportul "
                    "instituțional, suportul legislativ și susținerea proiectelor. Fiecare "
                    "direcție este prezentată pe o pagină separată a acestui site."
                ),
                (
                    "Genul desemnează rolurile construite social pentru femei și bărbați, care se "
                    "învață, se schimbă în timp și diferă de la o cultură la alta, spre deosebire "
                    "de sex, care se referă la diferențele biologice. Egalitatea de gen înseamnă "
                    "exercitarea deplină și egală de către femei și bărbați a drepturilor omului, "
                    "fără discriminare pe criterii de gen (după Glosarul Gender al OSCE, 2006)."
                ),
            ],
        },
        "en": {
            "title": "About the programme",
            "intro": (
                "The anti-trafficking and gender programme supports national authorities and civil "
                "society in the Republic of Moldova in preventing trafficking in human beings and "
                "domestic violence and in promoting gender equality."
            ),
            "body": [
                (
                    "The programme is supported by the Mission and carried out in close "
                    "cooperation with state institutions, non-governmental organisations and other "
                    "social service providers at local, regional and national level. Its "
                    "activities cover the whole territory of the Republic of Moldova."
                ),
                (
                    "The programme has six areas of work: coordination of the actors in the field, "
                    "national capacity building, the network's website, institutional support, "
                    "legislative support and project support. Each area is presented on a separate "
                    "page of this site."
                ),
                (
                    "Gender refers to the socially constructed roles of women and men, which are "
                    "learned, change over time and vary widely from one culture to another, "
                    "whereas sex refers to biological differences. Gender equality means the full "
                    "and equal exercise of human rights by women and men, without discrimination "
                    "on the basis of gender (after the OSCE Gender Glossary, 2006)."
                ),
            ],
        },
        "ru": {
            "title": "О программе",
            "intro": (
                "Программа по борьбе с торговлей людьми и гендерным вопросам поддерживает "
                "национальные органы власти и гражданское общество Республики Молдова в "
                "предупреждении торговли людьми и насилия в семье, а также в продвижении "
                "гендерного равенства."
            ),
            "body": [
                (
                    "Программа осуществляется при поддержке Миссии в тесном сотрудничестве с "
                    "государственными учреждениями, неправительственными организациями и другими "
                    "поставщиками социальных услуг на местном, региональном и национальном "
                    "уровнях. Её деятельность охватывает всю территорию Республики Молдова."
                ),
                (
                    "Программа работает по шести направлениям: координация деятельности участников "
                    "в этой сфере, укрепление национального потенциала, веб-сайт сети, "
                    "институциональная поддержка, законодательная поддержка и поддержка проектов. "
                    "Каждому направлению посвящена отдельная страница этого сайта."
                ),
                (
                    "Гендер обозначает социально сформированные роли женщин и мужчин, которые "
                    "усваиваются, меняются со временем и существенно различаются в разных "
                    "культурах, тогда как пол указывает на биологические различия. Гендерное "
                    "равенство означает полное и равное осуществление женщинами и мужчинами прав "
                    "человека без дискриминации по гендерному признаку (по Глоссарию ОБСЕ по "
                    "гендерным вопросам, 2006 г.)."
                ),
            ],
        },
    },
    {
        "slug": "coordination",
        "area_of_work": True,
        "ro": {
            "title": "Coordonare",
            "intro": (
                "Ședințele tehnice de coordonare reunesc periodic actorii din domeniul antitrafic "
                "pentru a-și corela activitățile și a face schimb de informații."
            ),
            "body": [
                (
                    "Misiunea găzduiește lunar Ședințe Tehnice de Coordonare (STC) la Chișinău, la "
                    "care participă reprezentanți ai instituțiilor de stat, ai organizațiilor "
                    "neguvernamentale și ai organizațiilor internaționale. Ședințele au ca scop o "
                    "mai bună coordonare între actorii din domeniul antitrafic și un schimb "
                    "continuu de informații privind activitățile și inițiativele acestora."
                ),
                (
                    "O dată la două luni, Ședințele Tehnice de Coordonare au loc în regiuni, "
                    "astfel încât să fie acoperit întreg teritoriul Republicii Moldova. La "
                    "ședințele regionale participă autoritățile publice locale și reprezentanți ai "
                    "societății civile din raioanele respective."
                ),
                (
                    "Fiecare ședință are o agendă comunicată în prealabil, iar deciziile și "
                    "sarcinile convenite sunt urmărite la ședința următoare. Membrii rețelei își "
                    "pot înregistra participarea și pot consulta procesele-verbale în spațiul "
                    "rezervat membrilor."
                ),
            ],
        },
        "en": {
            "title": "Coordination",
            "intro": (
                "Technical coordination meetings regularly bring together anti-trafficking actors "
                "so that they can align their activities and exchange information."
            ),
            "body": [
                (
                    "Every month the Mission hosts Technical Coordination Meetings (known by their "
                    "Romanian acronym, STC) in Chișinău, attended by representatives of state "
                    "institutions, non-governmental organisations and international organisations. "
                    "The meetings aim at better coordination among anti-trafficking actors and a "
                    "continuous exchange of information on their activities and initiatives."
                ),
                (
                    "Every two months, Technical Coordination Meetings are held in the regions so "
                    "that the whole territory of the Republic of Moldova is reached. Regional "
                    "meetings are attended by local public authorities and representatives of "
                    "civil society from the districts concerned."
                ),
                (
                    "Each meeting has an agenda circulated in advance, and the decisions and tasks "
                    "agreed are followed up at the next meeting. Network members can register to "
                    "attend and can consult the minutes in the members' area."
                ),
            ],
        },
        "ru": {
            "title": "Координация",
            "intro": (
                "Технические координационные совещания регулярно собирают участников деятельности "
                "по противодействию торговле людьми для согласования действий и обмена "
                "информацией."
            ),
            "body": [
                (
                    "Миссия ежемесячно проводит в Кишинёве технические координационные совещания "
                    "(ТКС), в которых участвуют представители государственных учреждений, "
                    "неправительственных и международных организаций. Цель совещаний — улучшить "
                    "координацию между всеми, кто работает в сфере противодействия торговле "
                    "людьми, и обеспечить постоянный обмен информацией об их деятельности и "
                    "инициативах."
                ),
                (
                    "Раз в два месяца технические координационные совещания проводятся в регионах, "
                    "чтобы охватить всю территорию Республики Молдова. В региональных совещаниях "
                    "участвуют органы местного публичного управления и представители гражданского "
                    "общества соответствующих районов."
                ),
                (
                    "Повестка дня каждого совещания рассылается заранее, а выполнение принятых "
                    "решений и поручений рассматривается на следующем совещании. Члены сети могут "
                    "зарегистрироваться для участия и ознакомиться с протоколами в разделе для "
                    "членов."
                ),
            ],
        },
    },
    {
        "slug": "capacity-building",
        "area_of_work": True,
        "ro": {
            "title": "Consolidarea potențialului național",
            "intro": (
                "Programul sprijină instituțiile și organizațiile din domeniu prin instruiri, "
                "echipament, traducerea materialelor-cheie și participarea la conferințe "
                "internaționale."
            ),
            "body": [
                (
                    "Programul urmărește consolidarea capacităților reprezentanților guvernului și "
                    "ai societății civile în combaterea traficului de ființe umane, prevenirea "
                    "violenței în familie și promovarea egalității de gen. O atenție deosebită se "
                    "acordă protecției și asistenței victimelor traficului de ființe umane și ale "
                    "violenței în familie."
                ),
                (
                    "Misiunea finanțează cursuri de instruire pentru judecători, procurori și "
                    "ofițeri de poliție de pe întreg teritoriul țării. Cursurile tratează, printre "
                    "altele, identificarea victimelor, audierea acestora în condiții care previn "
                    "revictimizarea și aplicarea legislației naționale în vigoare."
                ),
                (
                    "Autorităților naționale li se pune la dispoziție echipamentul necesar, iar "
                    "materialele-cheie din domeniu sunt traduse și distribuite. În plus, Misiunea "
                    "facilitează participarea oficialilor moldoveni și a reprezentanților "
                    "societății civile la conferințe internaționale."
                ),
            ],
        },
        "en": {
            "title": "National capacity building",
            "intro": (
                "The programme supports institutions and organisations in the field through "
                "training, equipment, translation of key materials and participation in "
                "international conferences."
            ),
            "body": [
                (
                    "The programme aims to strengthen the capacities of government and civil "
                    "society representatives in combating trafficking in human beings, preventing "
                    "domestic violence and promoting gender equality. Particular attention is paid "
                    "to the protection of, and assistance to, victims of trafficking and of "
                    "domestic violence."
                ),
                (
                    "The Mission funds training courses for judges, prosecutors and police "
                    "officers from across the country. The courses cover, among other subjects, "
                    "the identification of victims, hearing them in conditions that prevent "
                    "re-victimisation, and the application of the national legislation in force."
                ),
                (
                    "National authorities are provided with the equipment they need, and key "
                    "materials in the field are translated and distributed. In addition, the "
                    "Mission facilitates the participation of Moldovan officials and civil society "
                    "representatives in international conferences."
                ),
            ],
        },
        "ru": {
            "title": "Укрепление национального потенциала",
            "intro": (
                "Программа поддерживает учреждения и организации этой сферы посредством обучения, "
                "предоставления оборудования, перевода ключевых материалов и участия в "
                "международных конференциях."
            ),
            "body": [
                (
                    "Программа направлена на укрепление потенциала представителей государства и "
                    "гражданского общества в борьбе с торговлей людьми, предупреждении насилия в "
                    "семье и продвижении гендерного равенства. Особое внимание уделяется защите "
                    "жертв торговли людьми и насилия в семье и оказанию им помощи."
                ),
                (
                    "Миссия финансирует учебные курсы для судей, прокуроров и сотрудников полиции "
                    "со всей страны. На курсах, в частности, рассматриваются выявление жертв, их "
                    "допрос в условиях, исключающих повторную виктимизацию, и применение "
                    "действующего национального законодательства."
                ),
                (
                    "Национальным органам власти предоставляется необходимое оборудование, а "
                    "ключевые материалы в этой сфере переводятся и распространяются. Кроме того, "
                    "Миссия содействует участию молдавских должностных лиц и представителей "
                    "гражданского общества в международных конференциях."
                ),
            ],
        },
    },
    {
        "slug": "website",
        "area_of_work": True,
        "ro": {
            "title": "Pagina internet a rețelei",
            "intro": (
                "Misiunea susține pagina internet a Rețelei Antitrafic și Gender, care oferă "
                "informații în limbile română, engleză și rusă."
            ),
            "body": [
                (
                    "Pagina internet a rețelei prezintă activitățile, știrile și evenimentele din "
                    "domeniul antitrafic și al egalității de gen. Informațiile sunt publicate în "
                    "limbile română, engleză și rusă, pentru a fi accesibile tuturor celor "
                    "interesați din Republica Moldova și din străinătate."
                ),
                (
                    "Organizațiile membre ale rețelei își pot face cunoscute activitățile și "
                    "inițiativele, iar vizitatorii pot consulta legislația relevantă, proiectele "
                    "susținute și lista serviciilor de asistență disponibile. Conținutul este "
                    "actualizat periodic de echipa programului, cu sprijinul traducătorilor."
                ),
            ],
        },
        "en": {
            "title": "The network's website",
            "intro": (
                "The Mission supports the website of the Anti-Trafficking and Gender Network, "
                "which provides information in Romanian, English and Russian."
            ),
            "body": [
                (
                    "The network's website presents activities, news and events in the fields of "
                    "anti-trafficking and gender equality. Information is published in Romanian, "
                    "English and Russian so that it is accessible to everyone concerned, in the "
                    "Republic of Moldova and abroad."
                ),
                (
                    "Member organisations of the network can make their activities and initiatives "
                    "known, and visitors can consult the relevant legislation, the projects "
                    "supported and a list of the assistance services available. The content is "
                    "updated regularly by the programme team with the help of translators."
                ),
            ],
        },
        "ru": {
            "title": "Веб-сайт сети",
            "intro": (
                "Миссия поддерживает веб-сайт Сети по борьбе с торговлей людьми и гендерным "
                "вопросам, на котором информация публикуется на румынском, английском и русском "
                "языках."
            ),
            "body": [
                (
                    "На сайте сети освещаются деятельность, новости и мероприятия в сфере "
                    "противодействия торговле людьми и гендерного равенства. Информация "
                    "публикуется на румынском, английском и русском языках, чтобы она была "
                    "доступна всем заинтересованным лицам в Республике Молдова и за рубежом."
                ),
                (
                    "Организации — члены сети могут рассказывать о своей деятельности и "
                    "инициативах, а посетители — знакомиться с соответствующим законодательством, "
                    "поддержанными проектами и перечнем доступных служб помощи. Содержание сайта "
                    "регулярно обновляется командой программы при участии переводчиков."
                ),
            ],
        },
    },
    {
        "slug": "institutional-support",
        "area_of_work": True,
        "ro": {
            "title": "Suport instituțional",
            "intro": (
                "Misiunea participă în calitate de observator la toate ședințele publice ale "
                "Comitetului Național pentru Combaterea Traficului de Ființe Umane."
            ),
            "body": [
                (
                    "Comitetul Național pentru Combaterea Traficului de Ființe Umane reunește "
                    "instituțiile responsabile de politica națională în acest domeniu. Misiunea "
                    "participă în calitate de observator la toate ședințele publice ale "
                    "Comitetului."
                ),
                (
                    "Prin prezența sa la aceste ședințe, Misiunea urmărește evoluția politicilor "
                    "naționale, împărtășește experiența acumulată în cadrul rețelei și aduce în "
                    "atenție subiectele discutate la ședințele tehnice de coordonare. Observațiile "
                    "Misiunii sunt consemnate și puse la dispoziția membrilor rețelei."
                ),
            ],
        },
        "en": {
            "title": "Institutional support",
            "intro": (
                "The Mission attends, as an observer, every public session of the National "
                "Committee for Combating Trafficking in Human Beings."
            ),
            "body": [
                (
                    "The National Committee for Combating Trafficking in Human Beings brings "
                    "together the institutions responsible for national policy in this field. The "
                    "Mission takes part as an observer in all public sessions of the Committee."
                ),
                (
                    "Through its presence at these sessions, the Mission follows the development "
                    "of national policies, shares the experience gathered within the network and "
                    "draws attention to the topics discussed at the technical coordination "
                    "meetings. The Mission's observations are recorded and made available to "
                    "network members."
                ),
            ],
        },
        "ru": {
            "title": "Институциональная поддержка",
            "intro": (
                "Миссия в качестве наблюдателя участвует во всех открытых заседаниях Национального "
                "комитета по борьбе с торговлей людьми."
            ),
            "body": [
                (
                    "Национальный комитет по борьбе с торговлей людьми объединяет учреждения, "
                    "отвечающие за национальную политику в этой сфере. Миссия участвует в качестве "
                    "наблюдателя во всех открытых заседаниях Комитета."
                ),
                (
                    "Присутствуя на заседаниях, Миссия следит за развитием национальной политики, "
                    "делится опытом, накопленным в рамках сети, и обращает внимание на вопросы, "
                    "обсуждавшиеся на технических координационных совещаниях. Наблюдения Миссии "
                    "фиксируются и предоставляются членам сети."
                ),
            ],
        },
    },
    {
        "slug": "legislative-support",
        "area_of_work": True,
        "ro": {
            "title": "Suport legislativ",
            "intro": (
                "Misiunea a facilitat elaborarea mai multor acte normative privind traficul de "
                "ființe umane, egalitatea de gen, violența în familie și discriminarea și a "
                "contribuit la aceasta."
            ),
            "body": [
                (
                    "În domeniul antitrafic, Misiunea a contribuit la elaborarea Planului național "
                    "de acțiuni pentru prevenirea și combaterea traficului de ființe umane pentru "
                    "anii 2005–2006 și 2008–2009. În cooperare cu Biroul OSCE pentru Instituții "
                    "Democratice și Drepturile Omului (OSCE/ODIHR), Misiunea a contribuit și la "
                    "Legea cu privire la prevenirea și combaterea traficului de ființe umane "
                    "(2005), precum și la amendamentele la Codul penal privind traficul de "
                    "persoane și traficul de copii."
                ),
                (
                    "În domeniul egalității de gen și al protecției victimelor, Misiunea a "
                    "sprijinit elaborarea Legii cu privire la asigurarea egalității de șanse între "
                    "femei și bărbați (2006), a Legii cu privire la prevenirea și combaterea "
                    "violenței în familie (2008) și a Legii cu privire la protecția victimelor și "
                    "martorilor (2008). Aceste acte stabilesc obligațiile autorităților publice și "
                    "garanțiile de care beneficiază persoanele afectate."
                ),
                (
                    "Împreună cu OSCE/ODIHR, Misiunea a contribuit la elaborarea proiectului de "
                    "lege cu privire la prevenirea și combaterea discriminării. Textele actelor "
                    "normative, stadiul lor și traducerile neoficiale sunt disponibile în "
                    "secțiunea dedicată legislației."
                ),
            ],
        },
        "en": {
            "title": "Legislative support",
            "intro": (
                "The Mission facilitated and contributed to the drafting of several normative acts "
                "on trafficking in human beings, gender equality, domestic violence and "
                "discrimination."
            ),
            "body": [
                (
                    "In the anti-trafficking field, the Mission contributed to the National Action "
                    "Plans for preventing and combating trafficking in human beings for 2005–2006 "
                    "and 2008–2009. In cooperation with the OSCE Office for Democratic "
                    "Institutions and Human Rights (OSCE/ODIHR), it also contributed to the Law on "
                    "preventing and combating trafficking in human beings (2005) and to the "
                    "amendments to the Criminal Code on trafficking in persons and trafficking in "
                    "children."
                ),
                (
                    "In the field of gender equality and victim protection, the Mission supported "
                    "the drafting of the Law on ensuring equal opportunities for women and men "
                    "(2006), the Law on preventing and combating domestic violence (2008) and the "
                    "Law on the protection of victims and witnesses (2008). These acts set out the "
                    "obligations of public authorities and the guarantees available to the persons "
                    "concerned."
                ),
                (
                    "Together with OSCE/ODIHR, the Mission contributed to the draft law on "
                    "preventing and combating discrimination. The texts of the acts, their status "
                    "and unofficial translations are available in the legislation section."
                ),
            ],
        },
        "ru": {
            "title": "Законодательная поддержка",
            "intro": (
                "При содействии и участии Миссии был разработан ряд нормативных актов о торговле "
                "людьми, гендерном равенстве, насилии в семье и дискриминации."
            ),
            "body": [
                (
                    "В сфере противодействия торговле людьми Миссия участвовала в разработке "
                    "Национальных планов действий по предупреждению и борьбе с торговлей людьми на "
                    "2005–2006 и 2008–2009 годы. Совместно с Бюро ОБСЕ по демократическим "
                    "институтам и правам человека (БДИПЧ ОБСЕ) Миссия внесла вклад в подготовку "
                    "Закона о предупреждении и борьбе с торговлей людьми (2005 г.), а также "
                    "поправок к Уголовному кодексу, касающихся торговли людьми и торговли детьми."
                ),
                (
                    "В сфере гендерного равенства и защиты пострадавших Миссия поддержала "
                    "разработку Закона об обеспечении равных возможностей для женщин и мужчин "
                    "(2006 г.), Закона о предупреждении и борьбе с насилием в семье (2008 г.) и "
                    "Закона о защите жертв и свидетелей (2008 г.). Эти акты определяют обязанности "
                    "органов публичной власти и гарантии для затронутых лиц."
                ),
                (
                    "Совместно с БДИПЧ ОБСЕ Миссия участвовала в подготовке проекта закона о "
                    "предупреждении и борьбе с дискриминацией. Тексты актов, сведения об их "
                    "статусе и неофициальные переводы размещены в разделе, посвящённом "
                    "законодательству."
                ),
            ],
        },
    },
    {
        "slug": "project-support",
        "area_of_work": True,
        "ro": {
            "title": "Susținerea proiectelor",
            "intro": (
                "Misiunea colaborează cu instituțiile de stat, organizațiile neguvernamentale și "
                "alți prestatori de servicii sociale la nivel local, regional și național."
            ),
            "body": [
                (
                    "Misiunea sprijină elaborarea și implementarea proiectelor propuse de "
                    "instituțiile de stat, organizațiile neguvernamentale și alți prestatori de "
                    "servicii sociale. Proiectele pot avea acoperire locală, regională sau "
                    "națională."
                ),
                (
                    "Sunt susținute proiecte în șapte domenii: prevenirea traficului de ființe "
                    "umane, inclusiv a traficului de copii; protecția și asistența persoanelor "
                    "vulnerabile; egalitatea de gen și combaterea violenței în familie; promovarea "
                    "drepturilor femeilor și consolidarea păcii; elaborarea politicilor de "
                    "migrație; consolidarea capacităților actorilor din domeniul antitrafic și din "
                    "cel al egalității de gen; prevenirea și combaterea discriminării. Un proiect "
                    "poate acoperi mai multe domenii, dacă acestea se completează reciproc."
                ),
                (
                    "Lista proiectelor susținute, cu partenerii, regiunile acoperite și "
                    "rezultatele obținute, este publicată în secțiunea dedicată proiectelor. "
                    "Organizațiile interesate pot lua legătura cu echipa programului pentru a "
                    "discuta o idee de proiect înainte de a o depune."
                ),
            ],
        },
        "en": {
            "title": "Project support",
            "intro": (
                "The Mission works with state institutions, non-governmental organisations and "
                "other social service providers at local, regional and national level."
            ),
            "body": [
                (
                    "The Mission supports the design and implementation of projects proposed by "
                    "state institutions, non-governmental organisations and other social service "
                    "providers. Projects may be local, regional or national in scope."
                ),
                (
                    "Projects are supported in seven domains: preventing trafficking in human "
                    "beings, including trafficking in children; protecting and assisting "
                    "vulnerable persons; gender equality and combating domestic violence; "
                    "promoting women's rights and peace-building; developing migration policy; "
                    "building the capacities of anti-trafficking and gender equality actors; and "
                    "preventing and combating discrimination. A single project may cover several "
                    "domains where they complement each other."
                ),
                (
                    "The list of supported projects, with their partners, the regions covered and "
                    "the results achieved, is published in the projects section. Interested "
                    "organisations may contact the programme team to discuss a project idea before "
                    "submitting it."
                ),
            ],
        },
        "ru": {
            "title": "Поддержка проектов",
            "intro": (
                "Миссия сотрудничает с государственными учреждениями, неправительственными "
                "организациями и другими поставщиками социальных услуг на местном, региональном и "
                "национальном уровнях."
            ),
            "body": [
                (
                    "Миссия поддерживает разработку и реализацию проектов, предлагаемых "
                    "государственными учреждениями, неправительственными организациями и другими "
                    "поставщиками социальных услуг. Проекты могут иметь местный, региональный или "
                    "национальный охват."
                ),
                (
                    "Поддержка оказывается проектам в семи областях: предупреждение торговли "
                    "людьми, в том числе детьми; защита уязвимых лиц и оказание им помощи; "
                    "гендерное равенство и борьба с насилием в семье; продвижение прав женщин и "
                    "укрепление мира; разработка миграционной политики; укрепление потенциала "
                    "участников деятельности по противодействию торговле людьми и обеспечению "
                    "гендерного равенства; предупреждение дискриминации и борьба с ней. Один "
                    "проект может охватывать несколько областей, если они дополняют друг друга."
                ),
                (
                    "Перечень поддержанных проектов с указанием партнёров, охваченных регионов и "
                    "достигнутых результатов опубликован в разделе проектов. Заинтересованные "
                    "организации могут обратиться к команде программы, чтобы обсудить идею проекта "
                    "до его подачи."
                ),
            ],
        },
    },
]

# Twelve news items; days_ago counts back from the day the demo data is loaded.
NEWS = [
    {
        "slug": "coordination-meeting-chisinau-victim-referral",
        "days_ago": 5,
        "tags": ["coordination", "chisinau"],
        "colour": "#1f4e79",
        "ro": {
            "title": "Ședința tehnică de coordonare de la Chișinău a discutat referirea victimelor",
            "intro": (
                "Participanții la ședința lunară de coordonare au analizat modul în care "
                "instituțiile și organizațiile neguvernamentale își transmit cazurile victimelor "
                "traficului de ființe umane."
            ),
            "body": [
                (
                    "Ședința tehnică de coordonare din această lună a avut loc la Chișinău și a "
                    "reunit reprezentanți ai ministerelor de resort, ai poliției, ai procuraturii, "
                    "ai organizațiilor neguvernamentale și ai organizațiilor internaționale. "
                    "Principalul subiect a fost cooperarea dintre instituții în identificarea "
                    "victimelor și referirea lor către serviciile de asistență."
                ),
                (
                    "Participanții au constatat că schimbul de informații dintre nivelul național "
                    "și cel local s-a îmbunătățit, dar că în unele raioane referirea durează încă "
                    "prea mult. S-a convenit ca organizațiile membre să prezinte, până la ședința "
                    "următoare, exemple de practici care au dat rezultate bune."
                ),
                (
                    "Procesul-verbal al ședinței și lista sarcinilor convenite sunt disponibile "
                    "membrilor rețelei în spațiul rezervat acestora. Următoarea ședință lunară va "
                    "avea loc tot la Chișinău."
                ),
            ],
        },
        "en": {
            "title": "Chișinău coordination meeting discusses the referral of victims",
            "intro": (
                "Participants in the monthly coordination meeting reviewed how institutions and "
                "non-governmental organisations refer cases of victims of trafficking in human "
                "beings to one another."
            ),
            "body": [
                (
                    "This month's technical coordination meeting took place in Chișinău and "
                    "brought together representatives of the relevant ministries, the police, the "
                    "prosecution service, non-governmental organisations and international "
                    "organisations. The main topic was cooperation between institutions in "
                    "identifying victims and referring them to assistance services."
                ),
                (
                    "Participants noted that the exchange of information between the national and "
                    "local levels has improved, but that referral still takes too long in some "
                    "districts. Member organisations agreed to present, before the next meeting, "
                    "examples of practices that have produced good results."
                ),
                (
                    "The minutes of the meeting and the list of agreed tasks are available to "
                    "network members in the members' area. The next monthly meeting will again be "
                    "held in Chișinău."
                ),
            ],
        },
        "ru": {
            "title": "Координационное совещание в Кишинёве обсудило перенаправление жертв",
            "intro": (
                "Участники ежемесячного координационного совещания рассмотрели, как учреждения и "
                "неправительственные организации передают друг другу случаи жертв торговли людьми."
            ),
            "body": [
                (
                    "Техническое координационное совещание этого месяца прошло в Кишинёве и "
                    "собрало представителей профильных министерств, полиции, прокуратуры, "
                    "неправительственных и международных организаций. Главной темой стало "
                    "взаимодействие учреждений при выявлении жертв и их направлении в службы "
                    "помощи."
                ),
                (
                    "Участники отметили, что обмен информацией между национальным и местным "
                    "уровнями улучшился, однако в некоторых районах перенаправление по-прежнему "
                    "занимает слишком много времени. Организации — члены сети договорились до "
                    "следующего совещания представить примеры успешной практики."
                ),
                (
                    "Протокол совещания и перечень согласованных поручений доступны членам сети в "
                    "разделе для членов. Следующее ежемесячное совещание также состоится в "
                    "Кишинёве."
                ),
            ],
        },
    },
    {
        "slug": "training-judges-prosecutors-hearing-victims",
        "days_ago": 19,
        "tags": ["training", "justice"],
        "colour": "#3b3b58",
        "ro": {
            "title": (
                "Instruire pentru judecători și procurori privind audierea victimelor traficului"
            ),
            "intro": (
                "Un grup de judecători și procurori din nordul țării a participat la un curs de "
                "două zile despre audierea victimelor traficului de ființe umane."
            ),
            "body": [
                (
                    "Cursul, organizat la Bălți cu sprijinul Misiunii, a abordat standardele "
                    "naționale și internaționale privind audierea victimelor și a martorilor. "
                    "Pornind de la cazuri fictive, participanții au analizat modalitățile de a "
                    "obține probe fără a expune victima unei noi traume."
                ),
                (
                    "Formatorii au insistat asupra aplicării Legii cu privire la protecția "
                    "victimelor și martorilor și asupra cooperării cu serviciile de asistență "
                    "psihologică. La final, participanții au completat un test de evaluare, ale "
                    "cărui rezultate vor fi folosite la pregătirea sesiunilor următoare."
                ),
            ],
        },
        "en": {
            "title": "Training for judges and prosecutors on hearing victims of trafficking",
            "intro": (
                "A group of judges and prosecutors from the north of the country attended a "
                "two-day course on hearing victims of trafficking in human beings."
            ),
            "body": [
                (
                    "The course, held in Bălți with the Mission's support, covered national and "
                    "international standards on hearing victims and witnesses. Working on "
                    "fictional cases, participants examined ways of obtaining evidence without "
                    "exposing victims to renewed trauma."
                ),
                (
                    "The trainers stressed the application of the Law on the protection of victims "
                    "and witnesses and cooperation with psychological assistance services. At the "
                    "end, participants completed an assessment test, whose results will be used to "
                    "prepare the next sessions."
                ),
            ],
        },
        "ru": {
            "title": "Обучение судей и прокуроров по вопросам допроса жертв торговли людьми",
            "intro": (
                "Группа судей и прокуроров с севера страны прошла двухдневный курс, посвящённый "
                "допросу жертв торговли людьми."
            ),
            "body": [
                (
                    "Курс, организованный в Бельцах при поддержке Миссии, был посвящён "
                    "национальным и международным стандартам допроса жертв и свидетелей. На "
                    "примере вымышленных дел участники разобрали, как получать доказательства, не "
                    "подвергая жертву повторной травме."
                ),
                (
                    "Тренеры особо остановились на применении Закона о защите жертв и свидетелей и "
                    "на взаимодействии со службами психологической помощи. В завершение участники "
                    "прошли оценочный тест, результаты которого будут учтены при подготовке "
                    "следующих занятий."
                ),
            ],
        },
    },
    {
        "slug": "regional-coordination-meeting-cahul",
        "days_ago": 34,
        "tags": ["coordination", "regional"],
        "colour": "#2e4a3f",
        "ro": {
            "title": "Ședință regională de coordonare la Cahul",
            "intro": (
                "Autoritățile publice locale și organizațiile societății civile din sudul țării "
                "s-au întâlnit la Cahul în cadrul ședinței tehnice de coordonare organizate o dată "
                "la două luni."
            ),
            "body": [
                (
                    "La ședință au participat reprezentanți ai consiliilor raionale, ai "
                    "direcțiilor de asistență socială, ai poliției și ai organizațiilor "
                    "neguvernamentale din raioanele de sud. Participanții au prezentat "
                    "activitățile desfășurate în ultimele două luni și inițiativele planificate."
                ),
                (
                    "Discuțiile s-au axat pe prevenirea traficului în rândul tinerilor care pleacă "
                    "la muncă peste hotare și pe colaborarea dintre primării și asistenții sociali "
                    "comunitari. Concluziile ședinței vor fi prezentate la următoarea ședință "
                    "lunară de la Chișinău."
                ),
            ],
        },
        "en": {
            "title": "Regional coordination meeting in Cahul",
            "intro": (
                "Local public authorities and civil society organisations from the south of the "
                "country met in Cahul for the technical coordination meeting held every two "
                "months."
            ),
            "body": [
                (
                    "The meeting was attended by representatives of district councils, social "
                    "assistance departments, the police and non-governmental organisations from "
                    "the southern districts. Participants presented the activities carried out "
                    "over the previous two months and the initiatives they are planning."
                ),
                (
                    "Discussions focused on preventing trafficking among young people who leave to "
                    "work abroad and on cooperation between mayors' offices and community social "
                    "workers. The conclusions of the meeting will be presented at the next monthly "
                    "meeting in Chișinău."
                ),
            ],
        },
        "ru": {
            "title": "Региональное координационное совещание в Кагуле",
            "intro": (
                "Органы местного публичного управления и организации гражданского общества юга "
                "страны встретились в Кагуле на техническом координационном совещании, которое "
                "проводится раз в два месяца."
            ),
            "body": [
                (
                    "В совещании приняли участие представители районных советов, управлений "
                    "социальной помощи, полиции и неправительственных организаций южных районов. "
                    "Участники рассказали о работе, проделанной за последние два месяца, и о "
                    "запланированных инициативах."
                ),
                (
                    "Обсуждение было сосредоточено на предупреждении торговли людьми среди "
                    "молодёжи, уезжающей на работу за границу, и на взаимодействии примэрий с "
                    "местными социальными работниками. Выводы совещания будут представлены на "
                    "следующем ежемесячном совещании в Кишинёве."
                ),
            ],
        },
    },
    {
        "slug": "police-training-domestic-violence-response",
        "days_ago": 52,
        "tags": ["training", "domestic-violence"],
        "colour": "#4a2e3f",
        "ro": {
            "title": "Ofițeri de poliție instruiți să intervină în cazurile de violență în familie",
            "intro": (
                "Ofițeri de poliție din mai multe raioane au participat la o instruire privind "
                "intervenția în cazurile de violență în familie și protecția victimelor."
            ),
            "body": [
                (
                    "Instruirea a prezentat obligațiile poliției prevăzute de Legea cu privire la "
                    "prevenirea și combaterea violenței în familie, inclusiv evaluarea riscurilor "
                    "și solicitarea măsurilor de protecție pentru victime. Prin studii de caz, "
                    "participanții au exersat primul contact cu victima și documentarea corectă a "
                    "intervenției."
                ),
                (
                    "Un accent deosebit a fost pus pe colaborarea cu serviciile sociale și cu "
                    "organizațiile care oferă adăpost și consiliere. Materialele cursului, traduse "
                    "și în limba rusă, au fost distribuite tuturor participanților pentru a fi "
                    "folosite în activitatea zilnică."
                ),
            ],
        },
        "en": {
            "title": "Police officers trained to respond to domestic violence",
            "intro": (
                "Police officers from several districts took part in a training course on "
                "responding to domestic violence and protecting victims."
            ),
            "body": [
                (
                    "The training presented the obligations of the police under the Law on "
                    "preventing and combating domestic violence, including risk assessment and "
                    "requesting protection measures for victims. Through case studies, "
                    "participants practised the first contact with a victim and the proper "
                    "documentation of an intervention."
                ),
                (
                    "Particular emphasis was placed on cooperation with social services and with "
                    "organisations providing shelter and counselling. The course materials, also "
                    "translated into Russian, were distributed to all participants for use in "
                    "their daily work."
                ),
            ],
        },
        "ru": {
            "title": "Сотрудники полиции прошли обучение по реагированию на насилие в семье",
            "intro": (
                "Сотрудники полиции из нескольких районов приняли участие в обучении по вопросам "
                "реагирования на случаи насилия в семье и защиты пострадавших."
            ),
            "body": [
                (
                    "На занятиях были рассмотрены обязанности полиции, предусмотренные Законом о "
                    "предупреждении и борьбе с насилием в семье, в том числе оценка рисков и "
                    "ходатайство о мерах защиты для пострадавших. На практических примерах "
                    "участники отработали первый контакт с пострадавшими и правильное "
                    "документирование вмешательства."
                ),
                (
                    "Особое внимание было уделено взаимодействию с социальными службами и "
                    "организациями, предоставляющими убежище и консультации. Учебные материалы, "
                    "переведённые в том числе на русский язык, были розданы всем участникам для "
                    "использования в повседневной работе."
                ),
            ],
        },
    },
    {
        "slug": "round-table-equal-opportunities-women-men",
        "days_ago": 71,
        "tags": ["gender-equality", "legislation", "chisinau"],
        "colour": "#23395b",
        "ro": {
            "title": "Masă rotundă la Chișinău despre egalitatea de șanse între femei și bărbați",
            "intro": (
                "Reprezentanți ai instituțiilor publice și ai societății civile au discutat la "
                "Chișinău despre aplicarea Legii cu privire la asigurarea egalității de șanse "
                "între femei și bărbați."
            ),
            "body": [
                (
                    "Masa rotundă a fost organizată de organizațiile membre ale rețelei, cu "
                    "sprijinul Misiunii. Participanții au trecut în revistă progresele "
                    "înregistrate în aplicarea legii și obstacolele care persistă în domeniul "
                    "ocupării forței de muncă și al participării femeilor la luarea deciziilor."
                ),
                (
                    "Vorbitorii au subliniat că egalitatea de gen înseamnă exercitarea deplină și "
                    "egală de către femei și bărbați a drepturilor omului, fără discriminare pe "
                    "criterii de gen. Recomandările formulate la masa rotundă vor fi transmise "
                    "autorităților responsabile și publicate pe pagina rețelei."
                ),
            ],
        },
        "en": {
            "title": "Round table in Chișinău on equal opportunities for women and men",
            "intro": (
                "Representatives of public institutions and civil society met in Chișinău to "
                "discuss the implementation of the Law on ensuring equal opportunities for women "
                "and men."
            ),
            "body": [
                (
                    "The round table was organised by member organisations of the network with the "
                    "Mission's support. Participants reviewed the progress made in applying the "
                    "law and the obstacles that remain in employment and in women's participation "
                    "in decision-making."
                ),
                (
                    "Speakers stressed that gender equality means the full and equal exercise of "
                    "human rights by women and men, without discrimination on the basis of gender. "
                    "The recommendations made at the round table will be sent to the responsible "
                    "authorities and published on the network's website."
                ),
            ],
        },
        "ru": {
            "title": "Круглый стол в Кишинёве о равных возможностях для женщин и мужчин",
            "intro": (
                "Представители государственных учреждений и гражданского общества обсудили в "
                "Кишинёве применение Закона об обеспечении равных возможностей для женщин и "
                "мужчин."
            ),
            "body": [
                (
                    "Круглый стол был проведён организациями — членами сети при поддержке Миссии. "
                    "Участники оценили прогресс, достигнутый в применении закона, и препятствия, "
                    "которые сохраняются в сфере занятости и участия женщин в принятии решений."
                ),
                (
                    "Выступающие подчеркнули, что гендерное равенство означает полное и равное "
                    "осуществление женщинами и мужчинами прав человека без дискриминации по "
                    "гендерному признаку. Рекомендации круглого стола будут направлены "
                    "ответственным органам и опубликованы на сайте сети."
                ),
            ],
        },
    },
    {
        "slug": "workshop-law-121-equality",
        "days_ago": 95,
        "tags": ["legislation", "discrimination", "chisinau"],
        "colour": "#3d405b",
        "ro": {
            "title": (
                "Atelier despre aplicarea Legii nr. 121/2012 cu privire la asigurarea egalității"
            ),
            "intro": (
                "Organizațiile rețelei au discutat la Chișinău cum este aplicată legea împotriva "
                "discriminării, adoptată la 25 mai 2012 și în vigoare din 1 ianuarie 2013."
            ),
            "body": [
                (
                    "Atelierul a reunit juriști, reprezentanți ai instituțiilor publice și ai "
                    "organizațiilor neguvernamentale care lucrează cu grupuri vulnerabile. "
                    "Misiunea, care a sprijinit elaborarea proiectului legii în cooperare cu "
                    "OSCE/ODIHR, a amintit drumul de la proiect la lege."
                ),
                (
                    "Participanții au discutat formele de discriminare definite de lege, "
                    "căile de plângere și cazurile întâlnite în munca lor. Propunerile colectate "
                    "au fost sistematizate într-un document comun al rețelei."
                ),
            ],
        },
        "en": {
            "title": "Workshop on applying Law 121/2012 on ensuring equality",
            "intro": (
                "Network organisations met in Chișinău to discuss how the anti-discrimination "
                "law, adopted on 25 May 2012 and in force since 1 January 2013, is applied."
            ),
            "body": [
                (
                    "The workshop brought together lawyers and representatives of public "
                    "institutions and of non-governmental organisations working with vulnerable "
                    "groups. The Mission, which supported the drafting of the law in cooperation "
                    "with OSCE/ODIHR, recalled its path from draft to law."
                ),
                (
                    "Participants discussed the forms of discrimination the law defines, the "
                    "ways to complain and the cases they meet in their work. The proposals "
                    "collected were compiled into a joint document of the network."
                ),
            ],
        },
        "ru": {
            "title": "Семинар о применении Закона № 121/2012 об обеспечении равенства",
            "intro": (
                "Организации сети обсудили в Кишинёве, как применяется закон против "
                "дискриминации, принятый 25 мая 2012 года и действующий с 1 января 2013 года."
            ),
            "body": [
                (
                    "Семинар собрал юристов, представителей государственных учреждений и "
                    "неправительственных организаций, работающих с уязвимыми группами. Миссия, "
                    "которая совместно с БДИПЧ ОБСЕ поддержала разработку проекта закона, "
                    "напомнила путь от проекта к закону."
                ),
                (
                    "Участники обсудили формы дискриминации, определённые законом, способы "
                    "обжалования и случаи из своей практики. Собранные предложения были сведены "
                    "в общий документ сети."
                ),
            ],
        },
    },
    {
        "slug": "safe-migration-information-campaign",
        "days_ago": 120,
        "tags": ["migration", "prevention", "campaign"],
        "colour": "#354f52",
        "ro": {
            "title": "Campanie de informare despre migrația sigură în localitățile rurale",
            "intro": (
                "Organizațiile membre ale rețelei au desfășurat o campanie de informare despre "
                "riscurile migrației ilegale și despre cum se poate pleca în siguranță la muncă în "
                "străinătate."
            ),
            "body": [
                (
                    "Campania s-a desfășurat în mai multe raioane din centrul și nordul țării, cu "
                    "sprijinul autorităților publice locale. Voluntarii au organizat întâlniri în "
                    "primării, școli și centre comunitare și au distribuit pliante în limbile "
                    "română și rusă."
                ),
                (
                    "Participanții au aflat cum pot verifica o ofertă de muncă din străinătate, ce "
                    "documente trebuie să aibă asupra lor și unde pot cere ajutor dacă ajung "
                    "într-o situație de exploatare. Informațiile au fost pregătite împreună cu "
                    "instituțiile responsabile de politica de migrație."
                ),
            ],
        },
        "en": {
            "title": "Information campaign on safe migration in rural communities",
            "intro": (
                "Member organisations of the network ran an information campaign on the risks of "
                "irregular migration and on how to go abroad for work safely."
            ),
            "body": [
                (
                    "The campaign took place in several districts in the centre and north of the "
                    "country, with the support of local public authorities. Volunteers held "
                    "meetings in mayors' offices, schools and community centres and distributed "
                    "leaflets in Romanian and Russian."
                ),
                (
                    "Participants learned how to check a job offer abroad, which documents to keep "
                    "with them and where to ask for help if they find themselves in a situation of "
                    "exploitation. The information was prepared together with the institutions "
                    "responsible for migration policy."
                ),
            ],
        },
        "ru": {
            "title": "Информационная кампания о безопасной миграции в сельских населённых пунктах",
            "intro": (
                "Организации — члены сети провели информационную кампанию о рисках незаконной "
                "миграции и о том, как безопасно выехать на работу за границу."
            ),
            "body": [
                (
                    "Кампания прошла в нескольких районах центра и севера страны при поддержке "
                    "органов местного публичного управления. Волонтёры провели встречи в "
                    "примэриях, школах и общественных центрах и распространили листовки на "
                    "румынском и русском языках."
                ),
                (
                    "Участники узнали, как проверить предложение о работе за границей, какие "
                    "документы необходимо иметь при себе и куда обращаться за помощью, если они "
                    "оказались в ситуации эксплуатации. Материалы были подготовлены совместно с "
                    "учреждениями, отвечающими за миграционную политику."
                ),
            ],
        },
    },
    {
        "slug": "child-trafficking-prevention-teachers-social-workers",
        "days_ago": 148,
        "tags": ["child-protection", "prevention"],
        "colour": "#5a3d2b",
        "ro": {
            "title": (
                "Prevenirea traficului de copii: sesiuni pentru profesori și asistenți sociali"
            ),
            "intro": (
                "Profesori, psihologi școlari și asistenți sociali comunitari au fost instruiți să "
                "recunoască semnele timpurii care arată că un copil poate fi expus riscului de "
                "trafic."
            ),
            "body": [
                (
                    "Sesiunile au fost organizate la Ungheni și la Soroca de organizații "
                    "neguvernamentale membre ale rețelei, cu sprijinul Misiunii. Participanții au "
                    "discutat situația copiilor rămași fără îngrijire părintească din cauza "
                    "migrației și factorii care îi fac mai vulnerabili la exploatare."
                ),
                (
                    "Formatorii au prezentat procedurile de semnalare a cazurilor și rolul "
                    "fiecărei instituții în protecția copilului. Fiecare școală participantă a "
                    "primit un set de materiale didactice pentru orele de dirigenție dedicate "
                    "siguranței copiilor."
                ),
            ],
        },
        "en": {
            "title": "Preventing child trafficking: sessions for teachers and social workers",
            "intro": (
                "Teachers, school psychologists and community social workers were trained to "
                "recognise early signs that a child may be at risk of trafficking."
            ),
            "body": [
                (
                    "The sessions were organised in Ungheni and Soroca by non-governmental member "
                    "organisations of the network with the Mission's support. Participants "
                    "discussed the situation of children left without parental care because of "
                    "migration and the factors that make them more vulnerable to exploitation."
                ),
                (
                    "The trainers presented the procedures for reporting cases and the role of "
                    "each institution in child protection. Each participating school received a "
                    "set of teaching materials for form-tutor lessons on children's safety."
                ),
            ],
        },
        "ru": {
            "title": "Предупреждение торговли детьми: занятия для учителей и социальных работников",
            "intro": (
                "Учителя, школьные психологи и местные социальные работники прошли обучение "
                "распознаванию ранних признаков того, что ребёнку может угрожать торговля людьми."
            ),
            "body": [
                (
                    "Занятия были организованы в Унгенах и Сороках неправительственными "
                    "организациями — членами сети при поддержке Миссии. Участники обсудили "
                    "положение детей, оставшихся без родительского попечения из-за миграции, и "
                    "факторы, повышающие их уязвимость перед эксплуатацией."
                ),
                (
                    "Тренеры рассказали о порядке сообщения о таких случаях и о роли каждого "
                    "учреждения в защите детей. Каждая участвующая школа получила комплект учебных "
                    "материалов для классных часов, посвящённых безопасности детей."
                ),
            ],
        },
    },
    {
        "slug": "equipment-and-translated-materials",
        "days_ago": 176,
        "tags": ["capacity-building"],
        "colour": "#2f4f4f",
        "ro": {
            "title": "Echipament și materiale traduse pentru autoritățile naționale",
            "intro": (
                "Misiunea a predat autorităților naționale echipament pentru activitatea din "
                "domeniul antitrafic și a distribuit o nouă serie de materiale-cheie traduse."
            ),
            "body": [
                (
                    "Echipamentul, format din calculatoare, imprimante și aparatură pentru "
                    "înregistrarea audio-video a audierilor, a fost predat unor subdiviziuni ale "
                    "poliției și procuraturii. Acesta va permite audierea victimelor în condiții "
                    "adecvate și reducerea numărului de audieri repetate."
                ),
                (
                    "În paralel, mai multe ghiduri internaționale privind identificarea și "
                    "asistența victimelor traficului de ființe umane au fost traduse în limbile "
                    "română și rusă. Exemplarele tipărite au fost distribuite instituțiilor și "
                    "organizațiilor membre ale rețelei, iar versiunile electronice sunt "
                    "disponibile pe pagina rețelei."
                ),
            ],
        },
        "en": {
            "title": "Equipment and translated materials for national authorities",
            "intro": (
                "The Mission handed over equipment for anti-trafficking work to national "
                "authorities and distributed a new series of translated key materials."
            ),
            "body": [
                (
                    "The equipment, consisting of computers, printers and audio-video recording "
                    "devices for hearings, was handed over to police and prosecution units. It "
                    "will allow victims to be heard in suitable conditions and reduce the number "
                    "of repeated hearings."
                ),
                (
                    "At the same time, several international guides on identifying and assisting "
                    "victims of trafficking in human beings were translated into Romanian and "
                    "Russian. Printed copies were distributed to the network's member institutions "
                    "and organisations, and electronic versions are available on the network's "
                    "website."
                ),
            ],
        },
        "ru": {
            "title": "Оборудование и переведённые материалы для национальных органов власти",
            "intro": (
                "Миссия передала национальным органам власти оборудование для работы по "
                "противодействию торговле людьми и распространила новую серию переведённых "
                "ключевых материалов."
            ),
            "body": [
                (
                    "Оборудование — компьютеры, принтеры и аппаратура для аудио- и видеозаписи "
                    "допросов — было передано подразделениям полиции и прокуратуры. Это позволит "
                    "допрашивать жертв в надлежащих условиях и сократить число повторных допросов."
                ),
                (
                    "Одновременно на румынский и русский языки был переведён ряд международных "
                    "руководств по выявлению жертв торговли людьми и оказанию им помощи. Печатные "
                    "экземпляры получили учреждения и организации — члены сети, а электронные "
                    "версии размещены на сайте сети."
                ),
            ],
        },
    },
    {
        "slug": "national-committee-public-session-observer",
        "days_ago": 205,
        "tags": ["national-committee", "chisinau"],
        "colour": "#1d3557",
        "ro": {
            "title": (
                "Misiunea a participat ca observator la ședința publică a Comitetului Național"
            ),
            "intro": (
                "Comitetul Național pentru Combaterea Traficului de Ființe Umane s-a întrunit la "
                "Chișinău în ședință publică, la care Misiunea a participat în calitate de "
                "observator."
            ),
            "body": [
                (
                    "Pe ordinea de zi s-au aflat raportul privind realizarea măsurilor din planul "
                    "național de acțiuni și propunerile pentru perioada următoare. Membrii "
                    "Comitetului au discutat, de asemenea, cooperarea cu țările de destinație în "
                    "cazurile de repatriere a victimelor."
                ),
                (
                    "Misiunea a urmărit dezbaterile și a informat Comitetul despre concluziile "
                    "recentelor ședințe tehnice de coordonare din regiuni. Observațiile Misiunii "
                    "au fost consemnate și vor fi prezentate membrilor rețelei la următoarea "
                    "ședință lunară."
                ),
            ],
        },
        "en": {
            "title": (
                "The Mission attends a public session of the National Committee as an observer"
            ),
            "intro": (
                "The National Committee for Combating Trafficking in Human Beings met in public "
                "session in Chișinău, with the Mission attending as an observer."
            ),
            "body": [
                (
                    "The agenda included the report on the implementation of the measures in the "
                    "national action plan and proposals for the coming period. Committee members "
                    "also discussed cooperation with countries of destination in cases where "
                    "victims are repatriated."
                ),
                (
                    "The Mission followed the debate and informed the Committee of the conclusions "
                    "of recent technical coordination meetings in the regions. The Mission's "
                    "observations were recorded and will be presented to network members at the "
                    "next monthly meeting."
                ),
            ],
        },
        "ru": {
            "title": (
                "Миссия приняла участие в открытом заседании Национального комитета в качестве "
                "наблюдателя"
            ),
            "intro": (
                "Национальный комитет по борьбе с торговлей людьми провёл в Кишинёве открытое "
                "заседание, в котором Миссия участвовала в качестве наблюдателя."
            ),
            "body": [
                (
                    "В повестку дня вошли отчёт о выполнении мероприятий национального плана "
                    "действий и предложения на следующий период. Члены Комитета также обсудили "
                    "сотрудничество со странами назначения в случаях репатриации жертв."
                ),
                (
                    "Миссия следила за ходом обсуждения и проинформировала Комитет о выводах "
                    "последних технических координационных совещаний в регионах. Наблюдения Миссии "
                    "зафиксированы и будут представлены членам сети на следующем ежемесячном "
                    "совещании."
                ),
            ],
        },
    },
    {
        "slug": "domestic-violence-campaign-gagauzia",
        "days_ago": 240,
        "tags": ["domestic-violence", "campaign"],
        "colour": "#5c2a3a",
        "ro": {
            "title": "Campanie împotriva violenței în familie în UTA Găgăuzia",
            "intro": (
                "Organizațiile societății civile din Găgăuzia au desfășurat, cu sprijinul "
                "Misiunii, o campanie de informare despre drepturile victimelor violenței în "
                "familie."
            ),
            "body": [
                (
                    "Campania a inclus întâlniri publice la Comrat, Ceadîr-Lunga și Vulcănești, "
                    "precum și emisiuni la posturile locale de radio. Materialele informative au "
                    "fost pregătite în limbile rusă, găgăuză și română, pentru a ajunge la toți "
                    "locuitorii regiunii."
                ),
                (
                    "Participanții au aflat ce măsuri de protecție pot solicita victimele, cum se "
                    "depune o plângere și ce servicii de consiliere și adăpost sunt disponibile în "
                    "regiune. Autoritățile locale s-au angajat să continue campania în școli și în "
                    "centrele comunitare."
                ),
            ],
        },
        "en": {
            "title": "Campaign against domestic violence in Gagauzia",
            "intro": (
                "With the Mission's support, civil society organisations in Gagauzia ran an "
                "information campaign on the rights of victims of domestic violence."
            ),
            "body": [
                (
                    "The campaign included public meetings in Comrat, Ceadîr-Lunga and Vulcănești, "
                    "as well as programmes on local radio stations. Information materials were "
                    "prepared in Russian, Gagauz and Romanian in order to reach all inhabitants of "
                    "the region."
                ),
                (
                    "Participants learned which protection measures victims can request, how to "
                    "file a complaint and which counselling and shelter services are available in "
                    "the region. Local authorities committed themselves to continuing the campaign "
                    "in schools and community centres."
                ),
            ],
        },
        "ru": {
            "title": "Кампания против насилия в семье в Гагаузии",
            "intro": (
                "Организации гражданского общества Гагаузии при поддержке Миссии провели "
                "информационную кампанию о правах пострадавших от насилия в семье."
            ),
            "body": [
                (
                    "В рамках кампании прошли публичные встречи в Комрате, Чадыр-Лунге и "
                    "Вулканештах, а также передачи на местных радиостанциях. Информационные "
                    "материалы были подготовлены на русском, гагаузском и румынском языках, чтобы "
                    "охватить всех жителей региона."
                ),
                (
                    "Участники узнали, какие меры защиты могут запросить пострадавшие, как подать "
                    "жалобу и какие консультационные службы и приюты работают в регионе. Местные "
                    "органы власти обязались продолжить кампанию в школах и общественных центрах."
                ),
            ],
        },
    },
    {
        "slug": "international-conference-moldovan-delegation",
        "days_ago": 300,
        "tags": ["capacity-building", "conference"],
        "colour": "#4b3b2a",
        "ro": {
            "title": (
                "Reprezentanți din Republica Moldova la o conferință internațională privind "
                "combaterea traficului"
            ),
            "intro": (
                "Cu sprijinul Misiunii, o delegație formată din oficiali moldoveni și "
                "reprezentanți ai societății civile a participat la o conferință internațională "
                "dedicată combaterii traficului de ființe umane."
            ),
            "body": [
                (
                    "Din delegație au făcut parte reprezentanți ai poliției, ai procuraturii, ai "
                    "ministerului responsabil de protecția socială și ai unor organizații "
                    "neguvernamentale. Conferința a reunit specialiști din statele participante "
                    "ale OSCE și a abordat cooperarea transfrontalieră în investigarea cazurilor "
                    "și protecția victimelor."
                ),
                (
                    "După întoarcere, membrii delegației au prezentat principalele concluzii la "
                    "ședința tehnică de coordonare de la Chișinău. Materialele conferinței au fost "
                    "traduse și puse la dispoziția membrilor rețelei."
                ),
            ],
        },
        "en": {
            "title": (
                "Moldovan representatives attend an international conference on combating "
                "trafficking"
            ),
            "intro": (
                "With the Mission's support, a delegation of Moldovan officials and civil society "
                "representatives took part in an international conference on combating trafficking "
                "in human beings."
            ),
            "body": [
                (
                    "The delegation included representatives of the police, the prosecution "
                    "service, the ministry responsible for social protection and several "
                    "non-governmental organisations. The conference brought together specialists "
                    "from OSCE participating States and addressed cross-border cooperation in "
                    "investigating cases and protecting victims."
                ),
                (
                    "On their return, the members of the delegation presented the main conclusions "
                    "at the technical coordination meeting in Chișinău. The conference materials "
                    "were translated and made available to network members."
                ),
            ],
        },
        "ru": {
            "title": (
                "Представители Молдовы приняли участие в международной конференции по борьбе с "
                "торговлей людьми"
            ),
            "intro": (
                "При поддержке Миссии делегация молдавских должностных лиц и представителей "
                "гражданского общества приняла участие в международной конференции по борьбе с "
                "торговлей людьми."
            ),
            "body": [
                (
                    "В состав делегации вошли представители полиции, прокуратуры, министерства, "
                    "отвечающего за социальную защиту, и ряда неправительственных организаций. "
                    "Конференция собрала специалистов из государств — участников ОБСЕ и была "
                    "посвящена трансграничному сотрудничеству в расследовании дел и защите жертв."
                ),
                (
                    "По возвращении члены делегации представили основные выводы на техническом "
                    "координационном совещании в Кишинёве. Материалы конференции были переведены и "
                    "предоставлены членам сети."
                ),
            ],
        },
    },
]

# Eight events, four past and four upcoming; unit is the ISO 3166-2:MD code of the host.
# Coordination meetings and training sessions are announced from their own records (the
# meetings' and trainings' demos publish them), so they never disagree with the record.
# These are the other public events: an information day and a public campaign day, moved
# to the next working day when the day falls on a weekend or a public holiday.
EVENTS = [
    {
        "slug": "information-day-safe-migration-comrat",
        "days_from_now": -40,
        "start_hour": 11,
        "duration_hours": 4,
        "unit": "MD-GA",
        "ro": {
            "title": "Zi de informare despre migrația sigură la Comrat",
            "intro": (
                "Zi de informare pentru tineri și familiile lor despre riscurile traficului de "
                "ființe umane și despre migrația sigură."
            ),
            "venue": "Casa de cultură din Comrat, orașul Comrat",
            "organiser": "Organizațiile membre ale rețelei din UTA Găgăuzia, cu sprijinul Misiunii",
            "body": [
                (
                    "Consultanți din partea organizațiilor neguvernamentale și a autorităților "
                    "locale răspund la întrebări despre ofertele de muncă din străinătate și "
                    "despre documentele necesare. Materialele informative sunt disponibile în "
                    "limbile rusă, găgăuză și română."
                ),
            ],
        },
        "en": {
            "title": "Information day on safe migration in Comrat",
            "intro": (
                "An information day for young people and their families on the risks of "
                "trafficking in human beings and on safe migration."
            ),
            "venue": "House of Culture, Comrat",
            "organiser": "Network member organisations in Gagauzia, with the Mission's support",
            "body": [
                (
                    "Advisers from non-governmental organisations and local authorities answer "
                    "questions about job offers abroad and the documents required. Information "
                    "materials are available in Russian, Gagauz and Romanian."
                ),
            ],
        },
        "ru": {
            "title": "День информирования о безопасной миграции в Комрате",
            "intro": (
                "День информирования для молодых людей и их семей о рисках торговли людьми и о "
                "безопасной миграции."
            ),
            "venue": "Дом культуры, г. Комрат",
            "organiser": "Организации — члены сети в Гагаузии при поддержке Миссии",
            "body": [
                (
                    "Консультанты неправительственных организаций и органов местной власти "
                    "отвечают на вопросы о предложениях работы за границей и о необходимых "
                    "документах. Информационные материалы доступны на русском, гагаузском и "
                    "румынском языках."
                ),
            ],
        },
    },
    {
        "slug": "public-campaign-domestic-violence-ungheni",
        "days_from_now": 95,
        "start_hour": 10,
        "duration_hours": 5,
        "unit": "MD-UN",
        "ro": {
            "title": "Campanie publică împotriva violenței în familie la Ungheni",
            "intro": (
                "O zi de acțiuni publice pentru a informa locuitorii despre serviciile disponibile "
                "victimelor violenței în familie."
            ),
            "venue": "Biblioteca publică orășenească Ungheni, orașul Ungheni",
            "organiser": (
                "Organizațiile neguvernamentale membre ale rețelei din raionul Ungheni, cu "
                "sprijinul Misiunii"
            ),
            "body": [
                (
                    "Specialiști din poliție, din serviciile sociale și din organizațiile "
                    "neguvernamentale vor oferi consultații și vor explica modul în care pot fi "
                    "solicitate măsurile de protecție. Vor fi distribuite materiale informative cu "
                    "datele de contact ale serviciilor de asistență din raion."
                ),
                (
                    "Campania se adresează în special femeilor din localitățile rurale și "
                    "persoanelor în vârstă, care au un acces mai redus la informații. Intrarea "
                    "este liberă, iar consultațiile sunt confidențiale."
                ),
            ],
        },
        "en": {
            "title": "Public campaign against domestic violence in Ungheni",
            "intro": (
                "A day of public activities to inform residents about the services available to "
                "victims of domestic violence."
            ),
            "venue": "Ungheni Town Public Library, Ungheni",
            "organiser": (
                "Non-governmental member organisations of the network in Ungheni district, with "
                "the Mission's support"
            ),
            "body": [
                (
                    "Specialists from the police, social services and non-governmental "
                    "organisations will offer advice and explain how protection measures can be "
                    "requested. Information materials with the contact details of assistance "
                    "services in the district will be distributed."
                ),
                (
                    "The campaign is aimed in particular at women in rural areas and at older "
                    "people, who have less access to information. Admission is free and "
                    "consultations are confidential."
                ),
            ],
        },
        "ru": {
            "title": "Общественная кампания против насилия в семье в Унгенах",
            "intro": (
                "День публичных мероприятий, на которых жителей информируют об услугах, доступных "
                "пострадавшим от насилия в семье."
            ),
            "venue": "Городская публичная библиотека Унген, г. Унгены",
            "organiser": (
                "Неправительственные организации — члены сети из Унгенского района при поддержке "
                "Миссии"
            ),
            "body": [
                (
                    "Специалисты полиции, социальных служб и неправительственных организаций "
                    "проконсультируют посетителей и объяснят, как можно запросить меры защиты. "
                    "Будут распространяться информационные материалы с контактными данными служб "
                    "помощи в районе."
                ),
                (
                    "Кампания адресована прежде всего женщинам из сельских населённых пунктов и "
                    "пожилым людям, у которых меньше доступа к информации. Вход свободный, "
                    "консультации конфиденциальны."
                ),
            ],
        },
    },
]

# Events earlier demos wrote by hand for meetings and trainings, on days their records did
# not have: removed when the demo is loaded again.
RETIRED_EVENTS = (
    "police-training-trafficking-investigations-orhei",
    "regional-coordination-meeting-south-cahul",
    "monthly-coordination-meeting-victim-referral",
    "training-judges-prosecutors-child-victims-balti",
    "monthly-coordination-meeting-prevention-planning",
    "regional-coordination-meeting-north-soroca",
)
