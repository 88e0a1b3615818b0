# ruff: noqa: E501 - data file: one sentence per line reads better than wrapped strings
"""Example projects for the demo, in ro, en and ru.

The projects, budgets and figures are invented to show the pages and the IATI
export; every title says so. Partners are the network demo's organisations
(looked up by slug; a missing one is skipped).

Transactions are (IATI type, date, amount, description in Romanian), from the
funder to the implementer, in the project's currency: a commitment of the budget
before the start, then instalments. The loader leaves out any dated after the day
it runs, so a demo loaded early never shows a payment still to come.
"""

INDEX = {
    "ro": {
        "title": "Proiecte",
        "intro": "Proiectele susținute de program împreună cu instituțiile de stat, ONG-urile și prestatorii de servicii, la nivel local, regional și național.",
    },
    "en": {
        "title": "Projects",
        "intro": "The projects the programme supports with state institutions, NGOs and service providers at local, regional and national level.",
    },
    "ru": {
        "title": "Проекты",
        "intro": "Проекты, которые программа поддерживает вместе с государственными учреждениями, НПО и поставщиками услуг на местном, региональном и национальном уровнях.",
    },
}

PROJECTS = [
    {
        "slug": "exemplu-prevenire-scoli-nord",
        "status": "completed",
        "level": "regional",
        "domains": ["trafficking_prevention"],
        "units": ["MD-BA", "MD-SO", "MD-ED"],
        "planned": ("2023-09-01", "2024-06-30"),
        "actual": ("2023-09-15", "2024-06-30"),
        "budget": ("45000", "EUR"),
        "partners": [
            ("osce-moldova", "funder"),
            ("ao-drum-sigur", "implementer"),
            ("ministerul-educatiei", "beneficiary"),
        ],
        "transactions": [
            ("2", "2023-08-10", "45000", "Acord de finanțare semnat"),
            ("3", "2023-09-20", "20000", "Prima tranșă"),
            ("3", "2024-02-05", "15000", "A doua tranșă"),
            ("3", "2024-07-25", "10000", "Tranșa finală, după raportul final"),
        ],
        "indicators": [(0, 2023, 3000, 3250), (0, 2023, 120, 134)],
        "ro": {
            "title": "Prevenirea traficului de copii în școlile din regiunea Nord",
            "intro": "Lecții despre riscurile migrației nesigure și ale traficului pentru elevii claselor a VIII–XII-a, cu instruirea profesorilor.",
            "indicators": [
                ("Elevii cunosc riscurile traficului", "Elevi care au participat la lecții"),
                ("Elevii cunosc riscurile traficului", "Profesori instruiți"),
            ],
        },
        "en": {
            "title": "Preventing child trafficking in schools of the North region",
            "intro": "Lessons on the risks of unsafe migration and trafficking for pupils in grades 8–12, with training for teachers.",
            "indicators": [
                ("Pupils know the risks of trafficking", "Pupils who attended the lessons"),
                ("Pupils know the risks of trafficking", "Teachers trained"),
            ],
        },
        "ru": {
            "title": "Предупреждение торговли детьми в школах региона Север",
            "intro": "Уроки о рисках небезопасной миграции и торговли людьми для учеников 8–12 классов и обучение учителей.",
            "indicators": [
                ("Ученики знают о рисках торговли людьми", "Ученики, посетившие уроки"),
                ("Ученики знают о рисках торговли людьми", "Обученные учителя"),
            ],
        },
    },
    {
        "slug": "exemplu-servicii-violenta-sud",
        "status": "implementation",
        "level": "regional",
        "domains": ["gender_equality_dv", "protection_assistance"],
        "units": ["MD-CA", "MD-CM", "MD-LE"],
        "planned": ("2025-01-01", "2026-12-31"),
        "actual": ("2025-02-01", None),
        "budget": ("120000", "USD"),
        "partners": [("un-women-moldova", "funder"), ("ao-femei-pentru-pace", "implementer")],
        "transactions": [
            ("2", "2024-12-12", "120000", "Acord de grant semnat"),
            ("3", "2025-02-10", "40000", "Prima tranșă"),
            ("3", "2025-09-01", "30000", "A doua tranșă"),
            ("3", "2026-03-02", "30000", "A treia tranșă"),
        ],
        "indicators": [(0, 2024, 400, 180)],
        "ro": {
            "title": "Servicii pentru victimele violenței în familie în sudul țării",
            "intro": "Consiliere, asistență juridică și plasament temporar pentru victimele violenței în familie din raioanele Cahul, Cimișlia și Leova.",
            "indicators": [
                ("Victimele primesc ajutor aproape de casă", "Persoane care au primit asistență")
            ],
        },
        "en": {
            "title": "Services for victims of domestic violence in the south",
            "intro": "Counselling, legal aid and temporary shelter for victims of domestic violence in Cahul, Cimișlia and Leova districts.",
            "indicators": [("Victims get help close to home", "People who received assistance")],
        },
        "ru": {
            "title": "Услуги для пострадавших от насилия в семье на юге страны",
            "intro": "Консультирование, юридическая помощь и временное размещение для пострадавших от насилия в семье в районах Кагул, Чимишлия и Леова.",
            "indicators": [
                ("Пострадавшие получают помощь рядом с домом", "Люди, получившие помощь")
            ],
        },
    },
    {
        "slug": "exemplu-instruire-identificare-victime",
        "status": "pipeline",
        "level": "national",
        "domains": ["capacity_building", "trafficking_prevention"],
        "units": ["MD-CU"],
        "planned": ("2026-03-01", "2026-12-31"),
        "actual": (None, None),
        "budget": ("30000", "EUR"),
        "partners": [
            ("osce-moldova", "funder"),
            ("cctp", "implementer"),
            ("procuratura-generala", "beneficiary"),
        ],
        "indicators": [(0, 2025, 200, None)],
        "ro": {
            "title": "Instruirea polițiștilor și procurorilor în identificarea victimelor traficului",
            "intro": "Cursuri practice despre identificarea timpurie a victimelor și îndrumarea lor spre servicii.",
            "indicators": [
                ("Victimele sunt identificate mai devreme", "Polițiști și procurori instruiți")
            ],
        },
        "en": {
            "title": "Training police officers and prosecutors to identify victims of trafficking",
            "intro": "Practical courses on identifying victims early and referring them to services.",
            "indicators": [
                ("Victims are identified earlier", "Police officers and prosecutors trained")
            ],
        },
        "ru": {
            "title": "Обучение полицейских и прокуроров выявлению жертв торговли людьми",
            "intro": "Практические курсы по раннему выявлению пострадавших и их направлению к услугам.",
            "indicators": [("Пострадавшие выявляются раньше", "Обученные полицейские и прокуроры")],
        },
    },
    {
        "slug": "exemplu-migratie-sigura-gagauzia",
        "status": "implementation",
        "level": "local",
        "domains": ["migration_policy"],
        "units": ["MD-GA"],
        "planned": ("2024-05-01", "2026-04-30"),
        "actual": ("2024-05-01", None),
        "budget": ("900000", "MDL"),
        "partners": [("oim-moldova", "funder"), ("asistenta-sociala-gagauzia", "implementer")],
        "transactions": [
            ("2", "2024-04-15", "900000", "Acord de finanțare semnat"),
            ("3", "2024-05-10", "300000", "Prima tranșă"),
            ("3", "2025-01-15", "300000", "A doua tranșă"),
            ("3", "2025-11-03", "200000", "A treia tranșă"),
        ],
        "indicators": [(0, 2024, 1500, 900)],
        "ro": {
            "title": "Migrație sigură: informare în UTA Găgăuzia",
            "intro": "Un punct de informare despre munca legală peste hotare și despre drepturile lucrătorilor migranți.",
            "indicators": [("Migranții pleacă informați", "Consultații oferite")],
        },
        "en": {
            "title": "Safe migration: information in Gagauzia",
            "intro": "An information point on legal work abroad and on the rights of migrant workers.",
            "indicators": [("Migrants leave well informed", "Consultations given")],
        },
        "ru": {
            "title": "Безопасная миграция: информирование в АТО Гагаузия",
            "intro": "Информационный пункт о легальной работе за рубежом и правах трудовых мигрантов.",
            "indicators": [("Мигранты уезжают информированными", "Проведённые консультации")],
        },
    },
]
