# ruff: noqa: E501 - data file: one sentence per line reads better than wrapped strings
"""The national services a victim or a witness can call, in ro, en and ru.

Every number and fact here was read in the published source named with the
entry, on the day in VERIFIED; what no source confirmed (for instance the
hours of a line whose page does not give them) is left empty. Regional
services are added by editors only with their own source.
"""

import datetime

VERIFIED = datetime.date(2026, 12, 5)
VERIFIED_BY = {"ro": "redacția ATNET", "en": "ATNET editors", "ru": "редакция ATNET"}
FROM_ABROAD = {"ro": "din străinătate", "en": "from abroad", "ru": "из-за рубежа"}

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

SERVICES = [
    {
        "slug": "112",
        "kind": "emergency",
        "nationwide": True,
        "phones": [("112", None)],
        "source_url": "https://www.moldpres.md/rom/societate/la-strada-moldova-si-serviciul-112-au-semnat-un-acord-de-colaborare",
        "ro": {
            "title": "Serviciul național unic pentru apelurile de urgență 112",
            "description": "În caz de pericol sunați la 112. Dacă o victimă a violenței în familie nu dorește intervenția poliției, serviciul 112 poate redirecționa apelul către Telefonul de încredere pentru femei și fete.",
            "eligibility": "Oricine se află în pericol sau este martor la o urgență.",
        },
        "en": {
            "title": "National single emergency number 112",
            "description": "In danger, call 112. If a victim of domestic violence does not want the police to intervene, 112 can transfer the call to the Trust Line for Women and Girls.",
            "eligibility": "Anyone in danger or witnessing an emergency.",
        },
        "ru": {
            "title": "Единая национальная служба экстренных вызовов 112",
            "description": "В опасности звоните 112. Если пострадавшая от насилия в семье не хочет вмешательства полиции, служба 112 может перевести звонок на Телефон доверия для женщин и девушек.",
            "eligibility": "Любой человек в опасности или свидетель чрезвычайной ситуации.",
        },
    },
    {
        "slug": "linia-fierbinte-migratie-trafic",
        "kind": "hotline",
        "nationwide": True,
        "free": True,
        "anonymous": True,
        "phones": [("0 800 77777", None), ("+373 22 23 33 09", FROM_ABROAD)],
        "website": "http://www.migratiesigura.md/",
        "source_url": "http://lastrada.md/eng/articles/over-100-000-calls-to-the-hotline-110",
        "ro": {
            "title": "Linia fierbinte națională pentru migrație sigură și prevenirea traficului (La Strada)",
            "description": "Informații despre plecarea și munca peste hotare în siguranță și ajutor pentru cei care suspectează un caz de trafic de ființe umane. Linia funcționează din 2001 și este gestionată de Centrul Internațional „La Strada”. Apelul este gratuit pe teritoriul Republicii Moldova, anonim și confidențial.",
            "eligibility": "Oricine pleacă sau are rude peste hotare și oricine suspectează un caz de trafic.",
        },
        "en": {
            "title": "National hotline for safe migration and trafficking prevention (La Strada)",
            "description": "Information on going and working abroad safely, and help for anyone who suspects a case of trafficking in human beings. The line has run since 2001 and is managed by the International Center “La Strada”. The call is free within the Republic of Moldova, anonymous and confidential.",
            "eligibility": "Anyone going abroad or with relatives abroad, and anyone who suspects a case of trafficking.",
        },
        "ru": {
            "title": "Национальная горячая линия по безопасной миграции и предупреждению торговли людьми (La Strada)",
            "description": "Информация о безопасном выезде и работе за рубежом и помощь тем, кто подозревает случай торговли людьми. Линия работает с 2001 года, ею управляет Международный центр «La Strada». Звонок по Республике Молдова бесплатный, анонимный и конфиденциальный.",
            "eligibility": "Все, кто уезжает или имеет родственников за рубежом, и все, кто подозревает случай торговли людьми.",
        },
    },
    {
        "slug": "telefonul-de-incredere-femei-fete",
        "kind": "hotline",
        "nationwide": True,
        "free": True,
        "phones": [("0 8008 8008", None), ("+373 22 24 06 24", FROM_ABROAD)],
        "website": "https://lastrada.md/",
        "source_url": "https://www.zdg.md/stiri/video-unde-pot-apela-femeile-care-sunt-victime-ale-abuzului-datele-de-contact-ale-institutiilor-care-pot-oferi-ajutor/",
        "ro": {
            "title": "Telefonul de încredere pentru femei și fete",
            "description": "Consiliere pentru victimele violenței în familie și ale violenței sexuale, gestionată de Centrul Internațional „La Strada”. Apelul este gratuit și confidențial.",
            "hours": "24/7",
            "eligibility": "Femeile și fetele care se confruntă cu violența și oricine vrea să raporteze un caz.",
        },
        "en": {
            "title": "Trust Line for Women and Girls",
            "description": "Counselling for victims of domestic and sexual violence, run by the International Center “La Strada”. The call is free and confidential.",
            "hours": "24/7",
            "eligibility": "Women and girls facing violence, and anyone who wants to report a case.",
        },
        "ru": {
            "title": "Телефон доверия для женщин и девушек",
            "description": "Консультации для пострадавших от насилия в семье и сексуального насилия; линией управляет Международный центр «La Strada». Звонок бесплатный и конфиденциальный.",
            "hours": "24/7",
            "eligibility": "Женщины и девушки, столкнувшиеся с насилием, и все, кто хочет сообщить о случае.",
        },
    },
    {
        "slug": "telefonul-copilului-116111",
        "kind": "hotline",
        "nationwide": True,
        "free": True,
        "anonymous": True,
        "phones": [("116 111", None)],
        "website": "https://telefonulcopilului.md/",
        "source_url": "https://telefonulcopilului.md/despre-noi/",
        "ro": {
            "title": "Telefonul copilului 116 111",
            "description": "Serviciul de asistență telefonică gratuită pentru copii, gestionat de Ministerul Muncii și Protecției Sociale: sprijin în situații de criză și raportarea cazurilor de abuz, neglijare sau discriminare a copiilor. Apelul este gratuit, anonim și confidențial.",
            "hours": "24/7",
            "eligibility": "Orice copil, părinte sau îngrijitor și oricine vrea să raporteze un abuz asupra unui copil.",
        },
        "en": {
            "title": "Child helpline 116 111",
            "description": "The free telephone helpline for children run by the Ministry of Labour and Social Protection: support in a crisis and reporting of abuse, neglect or discrimination of children. The call is free, anonymous and confidential.",
            "hours": "24/7",
            "eligibility": "Any child, parent or carer, and anyone who wants to report abuse of a child.",
        },
        "ru": {
            "title": "Детский телефон доверия 116 111",
            "description": "Бесплатная телефонная служба помощи детям, которой управляет Министерство труда и социальной защиты: поддержка в кризисной ситуации и сообщения о насилии, пренебрежении или дискриминации детей. Звонок бесплатный, анонимный и конфиденциальный.",
            "hours": "24/7",
            "eligibility": "Любой ребёнок, родитель или опекун и все, кто хочет сообщить о насилии над ребёнком.",
        },
    },
    {
        "slug": "centrul-combatere-trafic-persoane",
        "kind": "hotline",
        "nationwide": True,
        "phones": [("+373 22 254 998", None)],
        "source_url": "https://stefan-voda.md/37219-2/",
        "ro": {
            "title": "Centrul pentru Combaterea Traficului de Persoane (Poliția)",
            "description": "Linia fierbinte a poliției pentru cazurile de trafic de ființe umane: oricine cunoaște un caz sau este victimă a traficului o poate apela.",
            "hours": "24/7",
            "eligibility": "Victimele traficului și oricine cunoaște un caz.",
        },
        "en": {
            "title": "Centre for Combating Trafficking in Persons (Police)",
            "description": "The police hotline for cases of trafficking in human beings: anyone who knows of a case or is a victim of trafficking can call it.",
            "hours": "24/7",
            "eligibility": "Victims of trafficking and anyone who knows of a case.",
        },
        "ru": {
            "title": "Центр по борьбе с торговлей людьми (полиция)",
            "description": "Горячая линия полиции по случаям торговли людьми: звонить может любой, кто знает о случае или стал жертвой торговли людьми.",
            "hours": "24/7",
            "eligibility": "Пострадавшие от торговли людьми и все, кто знает о случае.",
        },
    },
]
