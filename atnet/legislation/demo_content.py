# ruff: noqa: E501 - data file: one sentence per line reads better than wrapped strings
"""The acts named in the programme brochure ("Suport legislativ"), in ro, en, ru.

Only what the brochure states is filled in: the kind of act, its subject, the
year and the partners. Numbers, exact dates and publication references are not
in the brochure and are left empty for editors to complete from the official
sources.
"""

INDEX = {
    "ro": {
        "title": "Legislație",
        "intro": "Actele normative și proiectele la elaborarea cărora a contribuit programul.",
    },
    "en": {
        "title": "Legislation",
        "intro": "The normative acts and drafts the programme helped to prepare.",
    },
    "ru": {
        "title": "Законодательство",
        "intro": "Нормативные акты и проекты, в подготовке которых участвовала программа.",
    },
}

MISSION = {
    "ro": ("Misiunea OSCE în Moldova", "a facilitat elaborarea actului și a contribuit la text"),
    "en": ("OSCE Mission to Moldova", "facilitated the drafting and contributed to the text"),
    "ru": (
        "Миссия ОБСЕ в Молдове",
        "содействовала разработке акта и участвовала в работе над текстом",
    ),
}
ODIHR = {
    "ro": (
        "Biroul OSCE pentru Instituții Democratice și Drepturile Omului (ODIHR)",
        "a cooperat la elaborarea textului",
    ),
    "en": (
        "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
        "cooperated in drafting the text",
    ),
    "ru": (
        "Бюро ОБСЕ по демократическим институтам и правам человека (БДИПЧ)",
        "участвовало в разработке текста",
    ),
}

ACTS = [
    {
        "slug": "pna-trafic-2005-2006",
        "act_type": "action_plan",
        "status": "adopted",
        "topic": "trafficking",
        "year": 2005,
        "partners": [MISSION],
        "ro": {
            "title": "Planul național de acțiuni pentru prevenirea și combaterea traficului de ființe umane 2005–2006",
            "intro": "Planul stabilește măsurile autorităților pentru prevenirea traficului, protecția victimelor și urmărirea penală a traficanților în anii 2005–2006.",
        },
        "en": {
            "title": "National Action Plan for Preventing and Combating Trafficking in Human Beings 2005–2006",
            "intro": "The plan sets the authorities' measures to prevent trafficking, protect victims and prosecute traffickers in 2005–2006.",
        },
        "ru": {
            "title": "Национальный план действий по предупреждению и пресечению торговли людьми на 2005–2006 годы",
            "intro": "План определяет меры органов власти по предупреждению торговли людьми, защите пострадавших и уголовному преследованию торговцев в 2005–2006 годах.",
        },
    },
    {
        "slug": "lege-trafic-fiinte-umane",
        "act_type": "law",
        "status": "adopted",
        "topic": "trafficking",
        "year": 2005,
        "partners": [MISSION, ODIHR],
        "ro": {
            "title": "Legea cu privire la prevenirea și combaterea traficului de ființe umane",
            "intro": "Legea definește traficul de ființe umane, atribuțiile autorităților și drepturile victimelor la protecție și asistență.",
        },
        "en": {
            "title": "Law on Preventing and Combating Trafficking in Human Beings",
            "intro": "The law defines trafficking in human beings, the duties of the authorities and the victims' rights to protection and assistance.",
        },
        "ru": {
            "title": "Закон о предупреждении и пресечении торговли людьми",
            "intro": "Закон определяет понятие торговли людьми, обязанности органов власти и права пострадавших на защиту и помощь.",
        },
    },
    {
        "slug": "lege-egalitatea-sanse",
        "act_type": "law",
        "status": "adopted",
        "topic": "gender_equality",
        "year": 2006,
        "partners": [MISSION],
        "ro": {
            "title": "Legea cu privire la asigurarea egalității de șanse între femei și bărbați",
            "intro": "Legea interzice discriminarea după criteriul sexului și stabilește mecanismele de asigurare a egalității de șanse.",
        },
        "en": {
            "title": "Law on Ensuring Equal Opportunities for Women and Men",
            "intro": "The law prohibits discrimination on grounds of sex and sets up the mechanisms that ensure equal opportunities.",
        },
        "ru": {
            "title": "Закон об обеспечении равных возможностей для женщин и мужчин",
            "intro": "Закон запрещает дискриминацию по признаку пола и устанавливает механизмы обеспечения равных возможностей.",
        },
    },
    {
        "slug": "lege-violenta-in-familie",
        "act_type": "law",
        "status": "adopted",
        "topic": "domestic_violence",
        "year": 2008,
        "partners": [MISSION],
        "ro": {
            "title": "Legea cu privire la prevenirea și combaterea violenței în familie",
            "intro": "Legea stabilește măsurile de prevenire a violenței în familie, ordonanța de protecție și serviciile pentru victime.",
        },
        "en": {
            "title": "Law on Preventing and Combating Domestic Violence",
            "intro": "The law sets out measures to prevent domestic violence, the protection order and the services for victims.",
        },
        "ru": {
            "title": "Закон о предупреждении и пресечении насилия в семье",
            "intro": "Закон устанавливает меры предупреждения насилия в семье, защитное предписание и услуги для пострадавших.",
        },
    },
    {
        "slug": "lege-protectia-victimelor-martorilor",
        "act_type": "law",
        "status": "adopted",
        "topic": "victim_protection",
        "year": 2008,
        "partners": [MISSION],
        "ro": {
            "title": "Legea cu privire la protecția victimelor și a martorilor",
            "intro": "Legea prevede măsuri de protecție pentru victimele și martorii care participă la procesul penal.",
        },
        "en": {
            "title": "Law on the Protection of Victims and Witnesses",
            "intro": "The law provides protection measures for victims and witnesses taking part in criminal proceedings.",
        },
        "ru": {
            "title": "Закон о защите пострадавших и свидетелей",
            "intro": "Закон предусматривает меры защиты пострадавших и свидетелей, участвующих в уголовном процессе.",
        },
    },
    {
        "slug": "pna-trafic-2008-2009",
        "act_type": "action_plan",
        "status": "adopted",
        "topic": "trafficking",
        "year": 2008,
        "partners": [MISSION],
        "relations": [("implements", "lege-trafic-fiinte-umane")],
        "ro": {
            "title": "Planul național de acțiuni pentru prevenirea și combaterea traficului de ființe umane 2008–2009",
            "intro": "Planul continuă măsurile din 2005–2006 și pune în aplicare legea privind traficul de ființe umane.",
        },
        "en": {
            "title": "National Action Plan for Preventing and Combating Trafficking in Human Beings 2008–2009",
            "intro": "The plan continues the 2005–2006 measures and puts the anti-trafficking law into practice.",
        },
        "ru": {
            "title": "Национальный план действий по предупреждению и пресечению торговли людьми на 2008–2009 годы",
            "intro": "План продолжает меры 2005–2006 годов и обеспечивает применение закона о торговле людьми.",
        },
    },
    {
        "slug": "proiect-lege-discriminare",
        "act_type": "draft_law",
        "status": "draft",
        "topic": "discrimination",
        "year": None,
        "partners": [MISSION, ODIHR],
        "ro": {
            "title": "Proiectul de lege cu privire la prevenirea și combaterea discriminării",
            "intro": "Proiect elaborat cu sprijinul programului; la data publicării broșurii nu fusese încă adoptat.",
        },
        "en": {
            "title": "Draft Law on Preventing and Combating Discrimination",
            "intro": "A draft prepared with the programme's support; it had not yet been adopted when the brochure was published.",
        },
        "ru": {
            "title": "Проект закона о предупреждении и пресечении дискриминации",
            "intro": "Проект подготовлен при поддержке программы; на момент выхода брошюры он ещё не был принят.",
        },
    },
    {
        "slug": "amendamente-cod-penal-trafic",
        "act_type": "code_amendment",
        "status": "adopted",
        "topic": "trafficking",
        "year": None,
        "partners": [MISSION],
        "relations": [("related", "lege-trafic-fiinte-umane")],
        "ro": {
            "title": "Amendamente la Codul penal cu privire la traficul de persoane și traficul de copii",
            "intro": "Modificări ale Codului penal privind infracțiunile de trafic de persoane și de trafic de copii.",
        },
        "en": {
            "title": "Amendments to the Criminal Code on Trafficking in Persons and Trafficking in Children",
            "intro": "Changes to the Criminal Code on the offences of trafficking in persons and trafficking in children.",
        },
        "ru": {
            "title": "Поправки к Уголовному кодексу о торговле людьми и торговле детьми",
            "intro": "Изменения Уголовного кодекса, касающиеся преступлений торговли людьми и торговли детьми.",
        },
    },
]
