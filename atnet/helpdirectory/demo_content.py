# ruff: noqa: E501 - data file: one sentence per line reads better than wrapped strings
"""Demo services for "where to get help", in ro, en and ru.

Only 112 (Moldova's single emergency number) is a real number. Every other
entry is an example: its phone numbers are fictitious (they start with the
non-existent area code 00) and it is shown with an "example entry" label
until an editor replaces it with checked facts.
"""

INDEX = {
    "ro": {
        "title": "Unde găsiți ajutor",
        "intro": "Servicii pentru victimele traficului de ființe umane și ale violenței în familie: linii fierbinți, centre de plasament, asistență juridică, medicală, psihologică și socială. Alegeți regiunea și tipul de ajutor.",
    },
    "en": {
        "title": "Where to get help",
        "intro": "Services for victims of trafficking in human beings and of domestic violence: hotlines, shelters, legal, medical, psychological and social help. Choose your region and the kind of help.",
    },
    "ru": {
        "title": "Где получить помощь",
        "intro": "Услуги для пострадавших от торговли людьми и насилия в семье: горячие линии, приюты, юридическая, медицинская, психологическая и социальная помощь. Выберите регион и вид помощи.",
    },
}

LANGUAGES_RO_RU = {"ro": "română, rusă", "en": "Romanian, Russian", "ru": "румынский, русский"}

SERVICES = [
    {
        "slug": "112",
        "kind": "emergency",
        "nationwide": True,
        "free": True,
        "anonymous": False,
        "is_example": False,
        "phones": [("112", "")],
        "languages": LANGUAGES_RO_RU,
        "ro": {
            "title": "Serviciul național unic pentru apelurile de urgență 112",
            "description": "Pentru orice urgență: poliție, ambulanță, pompieri. Apelul este gratuit, de pe orice telefon.",
            "hours": "non-stop",
            "eligibility": "Oricine se află în pericol sau este martor la o urgență.",
        },
        "en": {
            "title": "National single emergency number 112",
            "description": "For any emergency: police, ambulance, fire brigade. The call is free from any phone.",
            "hours": "24/7",
            "eligibility": "Anyone in danger or witnessing an emergency.",
        },
        "ru": {
            "title": "Единая национальная служба экстренных вызовов 112",
            "description": "При любой экстренной ситуации: полиция, скорая помощь, пожарные. Звонок бесплатный с любого телефона.",
            "hours": "круглосуточно",
            "eligibility": "Любой человек в опасности или свидетель чрезвычайной ситуации.",
        },
    },
    {
        "slug": "exemplu-linie-trafic",
        "kind": "hotline",
        "nationwide": True,
        "free": True,
        "anonymous": True,
        "is_example": True,
        "phones": [("+373 00 000 001", "")],
        "languages": LANGUAGES_RO_RU,
        "ro": {
            "title": "Linie fierbinte pentru prevenirea traficului (exemplu)",
            "description": "Consultații despre lucrul și studiile peste hotare și ajutor pentru cei care suspectează un caz de trafic.",
            "hours": "luni–vineri, 8:00–20:00",
            "eligibility": "Oricine, inclusiv rudele unei persoane aflate peste hotare.",
        },
        "en": {
            "title": "Trafficking prevention hotline (example)",
            "description": "Advice on working and studying abroad, and help for anyone who suspects a case of trafficking.",
            "hours": "Monday–Friday, 8:00–20:00",
            "eligibility": "Anyone, including relatives of a person abroad.",
        },
        "ru": {
            "title": "Горячая линия по предупреждению торговли людьми (пример)",
            "description": "Консультации о работе и учёбе за рубежом и помощь тем, кто подозревает случай торговли людьми.",
            "hours": "понедельник–пятница, 8:00–20:00",
            "eligibility": "Любой человек, в том числе родственники находящегося за рубежом.",
        },
    },
    {
        "slug": "exemplu-linie-violenta-nord",
        "kind": "hotline",
        "units": ["MD-BA", "MD-BR", "MD-ED", "MD-FL", "MD-SO"],
        "free": True,
        "anonymous": True,
        "is_example": True,
        "phones": [("+373 00 000 002", "")],
        "languages": LANGUAGES_RO_RU,
        "ro": {
            "title": "Linie de sprijin pentru victimele violenței în familie, regiunea Nord (exemplu)",
            "description": "Ascultare, informații despre ordonanța de protecție și îndrumare spre servicii locale.",
            "hours": "zilnic, 9:00–21:00",
            "eligibility": "Persoanele care trăiesc violență în familie și apropiații lor.",
        },
        "en": {
            "title": "Domestic violence support line, North region (example)",
            "description": "Listening, information on protection orders and referral to local services.",
            "hours": "daily, 9:00–21:00",
            "eligibility": "People experiencing domestic violence and those close to them.",
        },
        "ru": {
            "title": "Линия поддержки пострадавших от насилия в семье, регион Север (пример)",
            "description": "Выслушают, расскажут о защитном предписании и направят к местным службам.",
            "hours": "ежедневно, 9:00–21:00",
            "eligibility": "Люди, переживающие насилие в семье, и их близкие.",
        },
    },
    {
        "slug": "exemplu-centru-plasament-balti",
        "kind": "shelter",
        "units": ["MD-BA", "MD-GL", "MD-FA", "MD-RI", "MD-SI"],
        "free": True,
        "anonymous": False,
        "is_example": True,
        "phones": [("+373 00 000 003", "")],
        "languages": LANGUAGES_RO_RU,
        "ro": {
            "title": "Centru de plasament pentru victimele violenței, Bălți (exemplu)",
            "description": "Găzduire temporară sigură pentru femei și copii, cu asistență socială și psihologică.",
            "hours": "non-stop",
            "eligibility": "Victimele violenței în familie și copiii lor, la îndrumarea asistentului social sau a poliției.",
        },
        "en": {
            "title": "Shelter for victims of violence, Bălți (example)",
            "description": "Safe temporary accommodation for women and children, with social and psychological support.",
            "hours": "24/7",
            "eligibility": "Victims of domestic violence and their children, referred by a social worker or the police.",
        },
        "ru": {
            "title": "Приют для пострадавших от насилия, Бельцы (пример)",
            "description": "Безопасное временное жильё для женщин и детей с социальной и психологической поддержкой.",
            "hours": "круглосуточно",
            "eligibility": "Пострадавшие от насилия в семье и их дети по направлению социального работника или полиции.",
        },
    },
    {
        "slug": "exemplu-asistenta-juridica-cahul",
        "kind": "legal",
        "units": ["MD-CA", "MD-CT", "MD-TA", "MD-LE"],
        "free": True,
        "anonymous": False,
        "is_example": True,
        "phones": [("+373 00 000 004", "")],
        "languages": LANGUAGES_RO_RU,
        "ro": {
            "title": "Asistență juridică gratuită, Cahul (exemplu)",
            "description": "Consultații juridice și reprezentare în instanță pentru victimele traficului și ale violenței.",
            "hours": "luni–vineri, 9:00–17:00",
            "eligibility": "Victimele traficului de ființe umane și ale violenței în familie.",
        },
        "en": {
            "title": "Free legal aid, Cahul (example)",
            "description": "Legal advice and representation in court for victims of trafficking and of violence.",
            "hours": "Monday–Friday, 9:00–17:00",
            "eligibility": "Victims of trafficking in human beings and of domestic violence.",
        },
        "ru": {
            "title": "Бесплатная юридическая помощь, Кагул (пример)",
            "description": "Юридические консультации и представительство в суде для пострадавших от торговли людьми и насилия.",
            "hours": "понедельник–пятница, 9:00–17:00",
            "eligibility": "Пострадавшие от торговли людьми и насилия в семье.",
        },
    },
    {
        "slug": "exemplu-consiliere-psihologica-comrat",
        "kind": "psychological",
        "units": ["MD-GA"],
        "free": True,
        "anonymous": True,
        "is_example": True,
        "phones": [("+373 00 000 005", "")],
        "languages": {
            "ro": "rusă, găgăuză, română",
            "en": "Russian, Gagauz, Romanian",
            "ru": "русский, гагаузский, румынский",
        },
        "ro": {
            "title": "Consiliere psihologică, Comrat (exemplu)",
            "description": "Ședințe individuale de consiliere pentru persoanele care au trecut prin trafic sau violență.",
            "hours": "marți și joi, 10:00–18:00",
            "eligibility": "Adulți și adolescenți, cu acordul părinților pentru minori.",
        },
        "en": {
            "title": "Psychological counselling, Comrat (example)",
            "description": "Individual counselling for people who have been through trafficking or violence.",
            "hours": "Tuesday and Thursday, 10:00–18:00",
            "eligibility": "Adults and teenagers, with parental consent for minors.",
        },
        "ru": {
            "title": "Психологическое консультирование, Комрат (пример)",
            "description": "Индивидуальные консультации для людей, переживших торговлю людьми или насилие.",
            "hours": "вторник и четверг, 10:00–18:00",
            "eligibility": "Взрослые и подростки, для несовершеннолетних — с согласия родителей.",
        },
    },
    {
        "slug": "exemplu-asistenta-medicala-hincesti",
        "kind": "medical",
        "units": ["MD-HI", "MD-IA", "MD-NI"],
        "free": True,
        "anonymous": False,
        "is_example": True,
        "phones": [("+373 00 000 006", "")],
        "languages": LANGUAGES_RO_RU,
        "ro": {
            "title": "Asistență medicală pentru victime, Hîncești (exemplu)",
            "description": "Examinare medicală, tratament și certificate medicale pentru victimele violenței și ale traficului.",
            "hours": "luni–vineri, 8:00–16:00",
            "eligibility": "Victimele violenței și ale traficului, inclusiv fără asigurare medicală.",
        },
        "en": {
            "title": "Medical care for victims, Hîncești (example)",
            "description": "Medical examination, treatment and medical certificates for victims of violence and trafficking.",
            "hours": "Monday–Friday, 8:00–16:00",
            "eligibility": "Victims of violence and trafficking, including those without health insurance.",
        },
        "ru": {
            "title": "Медицинская помощь пострадавшим, Хынчешты (пример)",
            "description": "Медицинский осмотр, лечение и медицинские справки для пострадавших от насилия и торговли людьми.",
            "hours": "понедельник–пятница, 8:00–16:00",
            "eligibility": "Пострадавшие от насилия и торговли людьми, в том числе без медицинской страховки.",
        },
    },
    {
        "slug": "exemplu-reintegrare-chisinau",
        "kind": "reintegration",
        "units": ["MD-CU"],
        "free": True,
        "anonymous": False,
        "is_example": True,
        "phones": [("+373 00 000 007", ""), ("+373 00 000 008", "mobil")],
        "languages": LANGUAGES_RO_RU,
        "ro": {
            "title": "Centru de reintegrare socială, Chișinău (exemplu)",
            "description": "Sprijin pentru întoarcerea acasă: documente, orientare profesională, cursuri și ajutor la angajare.",
            "hours": "luni–vineri, 9:00–18:00",
            "eligibility": "Persoanele întoarse din străinătate după o situație de trafic sau exploatare.",
        },
        "en": {
            "title": "Social reintegration centre, Chișinău (example)",
            "description": "Support for coming home: documents, career guidance, courses and help finding work.",
            "hours": "Monday–Friday, 9:00–18:00",
            "eligibility": "People returning from abroad after trafficking or exploitation.",
        },
        "ru": {
            "title": "Центр социальной реинтеграции, Кишинёв (пример)",
            "description": "Поддержка после возвращения домой: документы, профориентация, курсы и помощь в трудоустройстве.",
            "hours": "понедельник–пятница, 9:00–18:00",
            "eligibility": "Люди, вернувшиеся из-за рубежа после торговли людьми или эксплуатации.",
        },
    },
]
