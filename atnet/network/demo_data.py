"""Demo organisations and activities, in Romanian, English and Russian.

Examples only: the local bodies follow the usual names of Moldovan
institutions, the NGOs are fictional, no phone number is given, emails use
example.org, and every activity says it is an example.
"""

from .models import Domain, Level, TargetGroup
from .models import OrganisationType as T

D = Domain
G = TargetGroup

# Per district: (type, level, Romanian, English, Russian) patterns of local bodies.
LOCAL_PATTERNS = {
    T.LOCAL_AUTHORITY: ("Consiliul raional {ro}", "{en} District Council", "Районный совет {ru}"),
    T.SOCIAL_SERVICE: (
        "Direcția asistență socială și protecția familiei {ro}",
        "{en} Directorate for Social Assistance and Family Protection",
        "Управление социальной помощи и защиты семьи {ru}",
    ),
    T.POLICE: (
        "Inspectoratul de poliție {ro}",
        "{en} Police Inspectorate",
        "Инспекторат полиции {ru}",
    ),
    T.PROSECUTION: ("Procuratura {ro}", "{en} Prosecutor's Office", "Прокуратура {ru}"),
    T.COURT: ("Judecătoria {ro}", "{en} District Court", "Суд {ru}"),
}

# District code: the local bodies it gets in the demo.
LOCAL_BODIES = {
    "MD-CA": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE, T.POLICE, T.PROSECUTION, T.COURT],
    "MD-UN": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE, T.POLICE, T.PROSECUTION],
    "MD-OR": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE, T.POLICE, T.COURT],
    "MD-SO": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE, T.POLICE],
    "MD-ED": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE, T.PROSECUTION],
    "MD-HI": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE],
    "MD-CS": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE, T.POLICE],
    "MD-CM": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE],
    "MD-FL": [T.SOCIAL_SERVICE, T.COURT],
    "MD-DR": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE],
    "MD-ST": [T.SOCIAL_SERVICE, T.PROSECUTION],
    "MD-IA": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE],
    "MD-RE": [T.SOCIAL_SERVICE],
    "MD-TA": [T.LOCAL_AUTHORITY, T.SOCIAL_SERVICE],
    "MD-LE": [T.SOCIAL_SERVICE],
}

LOCAL_DOMAINS = {
    T.LOCAL_AUTHORITY: [D.TRAFFICKING_PREVENTION, D.GENDER_EQUALITY_DV, D.ANTI_DISCRIMINATION],
    T.SOCIAL_SERVICE: [D.PROTECTION_ASSISTANCE, D.GENDER_EQUALITY_DV, D.MIGRATION_POLICY],
    T.POLICE: [D.TRAFFICKING_PREVENTION, D.PROTECTION_ASSISTANCE],
    T.PROSECUTION: [D.TRAFFICKING_PREVENTION, D.GENDER_EQUALITY_DV],
    T.COURT: [D.PROTECTION_ASSISTANCE, D.ANTI_DISCRIMINATION],
}

# Named organisations: slug, type, level, units, domains, acronym, names (ro, en, ru), public.
NAMED = [
    ("ministerul-muncii", T.CENTRAL_AUTHORITY, Level.NATIONAL, ["MD-CU"],
     [D.PROTECTION_ASSISTANCE, D.GENDER_EQUALITY_DV, D.ANTI_DISCRIMINATION], "MMPS",
     ("Ministerul Muncii și Protecției Sociale", "Ministry of Labour and Social Protection",
      "Министерство труда и социальной защиты"), True),
    ("ministerul-afacerilor-interne", T.CENTRAL_AUTHORITY, Level.NATIONAL, ["MD-CU"],
     [D.TRAFFICKING_PREVENTION, D.MIGRATION_POLICY], "MAI",
     ("Ministerul Afacerilor Interne", "Ministry of Internal Affairs",
      "Министерство внутренних дел"), True),
    ("ministerul-educatiei", T.CENTRAL_AUTHORITY, Level.NATIONAL, ["MD-CU"],
     [D.TRAFFICKING_PREVENTION, D.CAPACITY_BUILDING], "",
     ("Ministerul Educației și Cercetării", "Ministry of Education and Research",
      "Министерство образования и исследований"), True),
    ("cctp", T.POLICE, Level.NATIONAL, ["MD-CU", "MD-BA", "MD-CA"],
     [D.TRAFFICKING_PREVENTION, D.PROTECTION_ASSISTANCE], "CCTP",
     ("Centrul pentru Combaterea Traficului de Persoane",
      "Centre for Combating Trafficking in Persons", "Центр по борьбе с торговлей людьми"), True),
    ("procuratura-generala", T.PROSECUTION, Level.NATIONAL, ["MD-CU"],
     [D.TRAFFICKING_PREVENTION, D.GENDER_EQUALITY_DV], "",
     ("Procuratura Generală", "General Prosecutor's Office", "Генеральная прокуратура"), True),
    ("curtea-suprema", T.COURT, Level.NATIONAL, ["MD-CU"],
     [D.PROTECTION_ASSISTANCE, D.ANTI_DISCRIMINATION], "CSJ",
     ("Curtea Supremă de Justiție", "Supreme Court of Justice", "Высшая судебная палата"), True),
    ("primaria-balti", T.LOCAL_AUTHORITY, Level.LOCAL, ["MD-BA"],
     [D.TRAFFICKING_PREVENTION, D.GENDER_EQUALITY_DV], "",
     ("Primăria municipiului Bălți", "Bălți City Hall", "Примэрия муниципия Бельцы"), True),
    ("directia-copil-chisinau", T.SOCIAL_SERVICE, Level.LOCAL, ["MD-CU"],
     [D.PROTECTION_ASSISTANCE, D.TRAFFICKING_PREVENTION], "DMPDC",
     ("Direcția municipală pentru protecția drepturilor copilului Chișinău",
      "Chișinău Municipal Directorate for the Protection of Children's Rights",
      "Муниципальное управление по защите прав ребёнка, Кишинёв"), True),
    ("asistenta-sociala-gagauzia", T.SOCIAL_SERVICE, Level.REGIONAL, ["MD-GA"],
     [D.PROTECTION_ASSISTANCE, D.GENDER_EQUALITY_DV, D.MIGRATION_POLICY], "",
     ("Direcția principală asistență socială a UTA Găgăuzia",
      "Gagauzia Main Directorate for Social Assistance",
      "Главное управление социальной помощи АТО Гагаузия"), True),
    ("oim-moldova", T.INTERNATIONAL, Level.NATIONAL, ["MD-CU", "MD-CA", "MD-BA", "MD-GA"],
     [D.MIGRATION_POLICY, D.TRAFFICKING_PREVENTION, D.CAPACITY_BUILDING], "OIM",
     ("Organizația Internațională pentru Migrație, Misiunea în Moldova",
      "International Organization for Migration, Mission to Moldova",
      "Международная организация по миграции, миссия в Молдове"), True),
    ("osce-moldova", T.INTERNATIONAL, Level.NATIONAL, ["MD-CU", "MD-SN"],
     [D.TRAFFICKING_PREVENTION, D.WOMENS_RIGHTS_PEACE, D.CAPACITY_BUILDING], "OSCE",
     ("Misiunea OSCE în Moldova", "OSCE Mission to Moldova", "Миссия ОБСЕ в Молдове"), True),
    ("un-women-moldova", T.INTERNATIONAL, Level.NATIONAL, ["MD-CU", "MD-CA", "MD-UN"],
     [D.GENDER_EQUALITY_DV, D.WOMENS_RIGHTS_PEACE], "",
     ("UN Women Moldova", "UN Women Moldova", "Структура «ООН-женщины» в Молдове"), True),
    ("ao-drum-sigur", T.NGO, Level.NATIONAL, ["MD-CU", "MD-OR", "MD-SO", "MD-ED"],
     [D.TRAFFICKING_PREVENTION, D.PROTECTION_ASSISTANCE], "",
     ("Asociația Obștească „Drum Sigur”", "“Safe Road” Public Association",
      "Общественная ассоциация «Безопасный путь»"), True),
    ("ao-femei-pentru-pace", T.NGO, Level.REGIONAL, ["MD-CA", "MD-CM", "MD-LE", "MD-TA"],
     [D.WOMENS_RIGHTS_PEACE, D.GENDER_EQUALITY_DV], "",
     ("Asociația „Femei pentru Pace”", "“Women for Peace” Association",
      "Ассоциация «Женщины за мир»"), True),
    ("centrul-casa-deschisa", T.NGO, Level.REGIONAL, ["MD-BA", "MD-FL", "MD-DR"],
     [D.PROTECTION_ASSISTANCE, D.GENDER_EQUALITY_DV], "",
     ("Centrul „Casa Deschisă”", "“Open House” Centre",
      "Центр «Открытый дом»"), True),
    ("ao-egalitate-acum", T.NGO, Level.NATIONAL, ["MD-CU", "MD-HI", "MD-UN", "MD-GA"],
     [D.ANTI_DISCRIMINATION, D.GENDER_EQUALITY_DV], "",
     ("Asociația „Egalitate Acum”", "“Equality Now” Association",
      "Ассоциация «Равенство сейчас»"), True),
    ("ao-tinerii-informati", T.NGO, Level.LOCAL, ["MD-OR"],
     [D.TRAFFICKING_PREVENTION, D.MIGRATION_POLICY], "",
     ("Asociația „Tinerii Informați”", "“Informed Youth” Association",
      "Ассоциация «Информированная молодёжь»"), False),
    ("centrul-resurse-jurnalisti", T.OTHER, Level.NATIONAL, ["MD-CU"],
     [D.CAPACITY_BUILDING, D.ANTI_DISCRIMINATION], "",
     ("Centrul de resurse pentru jurnaliști", "Resource Centre for Journalists",
      "Ресурсный центр для журналистов"), True),
]  # fmt: skip

# Activity templates: ({ro}, {en}, {ru} are replaced by a unit's name), domains, target groups.
ACTIVITIES = [
    (("Sesiuni de informare despre migrația sigură în școli, {ro}",
      "Information sessions on safe migration in schools, {en}",
      "Информационные сессии о безопасной миграции в школах, {ru}"),
     [D.TRAFFICKING_PREVENTION, D.MIGRATION_POLICY], [G.CHILDREN]),
    (("Consiliere juridică gratuită pentru victimele traficului, {ro}",
      "Free legal counselling for victims of trafficking, {en}",
      "Бесплатные юридические консультации для жертв торговли людьми, {ru}"),
     [D.PROTECTION_ASSISTANCE], [G.VICTIMS]),
    (("Grup de sprijin pentru femeile afectate de violența în familie, {ro}",
      "Support group for women affected by domestic violence, {en}",
      "Группа поддержки для женщин, пострадавших от насилия в семье, {ru}"),
     [D.GENDER_EQUALITY_DV, D.PROTECTION_ASSISTANCE], [G.DV_SURVIVORS, G.WOMEN]),
    (("Instruire pentru polițiști privind identificarea victimelor, {ro}",
      "Training for police officers on identifying victims, {en}",
      "Обучение сотрудников полиции выявлению жертв, {ru}"),
     [D.CAPACITY_BUILDING, D.TRAFFICKING_PREVENTION], [G.PROFESSIONALS]),
    (("Campania de informare „16 zile împotriva violenței”, {ro}",
      "“16 days against violence” awareness campaign, {en}",
      "Информационная кампания «16 дней против насилия», {ru}"),
     [D.GENDER_EQUALITY_DV], [G.GENERAL_PUBLIC]),
    (("Dialog comunitar despre participarea femeilor la consolidarea păcii, {ro}",
      "Community dialogue on women's participation in peace-building, {en}",
      "Общественный диалог об участии женщин в миростроительстве, {ru}"),
     [D.WOMENS_RIGHTS_PEACE], [G.WOMEN, G.LOCAL_AUTHORITIES]),
    (("Ghișeu de informare pentru migranții reîntorși, {ro}",
      "Information desk for returning migrants, {en}",
      "Информационный пункт для вернувшихся мигрантов, {ru}"),
     [D.MIGRATION_POLICY, D.PROTECTION_ASSISTANCE], [G.MIGRANTS]),
    (("Atelier pentru asistenții sociali despre mecanismul de referire, {ro}",
      "Workshop for social workers on the referral mechanism, {en}",
      "Семинар для социальных работников о механизме перенаправления, {ru}"),
     [D.CAPACITY_BUILDING, D.PROTECTION_ASSISTANCE], [G.SOCIAL_WORKERS]),
    (("Prevenirea discriminării romilor în accesul la servicii, {ro}",
      "Preventing discrimination against Roma in access to services, {en}",
      "Предотвращение дискриминации ромов в доступе к услугам, {ru}"),
     [D.ANTI_DISCRIMINATION], [G.MINORITIES]),
    (("Lecții despre siguranța online pentru adolescenți, {ro}",
      "Lessons on online safety for teenagers, {en}",
      "Уроки безопасности в интернете для подростков, {ru}"),
     [D.TRAFFICKING_PREVENTION], [G.CHILDREN]),
    (("Servicii sociale accesibile persoanelor cu dizabilități, {ro}",
      "Social services accessible to persons with disabilities, {en}",
      "Социальные услуги, доступные людям с инвалидностью, {ru}"),
     [D.ANTI_DISCRIMINATION, D.PROTECTION_ASSISTANCE], [G.DISABILITIES]),
    (("Masă rotundă a echipei multidisciplinare teritoriale, {ro}",
      "Round table of the territorial multidisciplinary team, {en}",
      "Круглый стол территориальной многопрофильной команды, {ru}"),
     [D.CAPACITY_BUILDING], [G.LOCAL_AUTHORITIES, G.PROFESSIONALS]),
]  # fmt: skip

ACTIVITY_DESCRIPTION = (
    "Exemplu de activitate, creat pentru demonstrarea platformei.",
    "Example activity, created to demonstrate the platform.",
    "Пример мероприятия, созданный для демонстрации платформы.",
)

# Lengths of activities in days after the first one (0: a single day, up to several months).
DURATIONS = (0, 0, 1, 4, 13, 27, 45, 89, 150, 240)

# The "16 days against violence" template: it runs 25 November to 10 December of its year.
CAMPAIGN_TEMPLATE = 4
CAMPAIGN_START = (11, 25)
CAMPAIGN_END = (12, 10)

# Institutions of the national anti-trafficking system, named as in Moldovan law. No
# phone number or email is given: the directory shows what it has been told.
INSTITUTIONS = [
    ("institutul-national-al-justitiei", T.OTHER, Level.NATIONAL, ["MD-CU"],
     [D.CAPACITY_BUILDING, D.TRAFFICKING_PREVENTION], "INJ",
     ("Institutul Național al Justiției", "National Institute of Justice",
      "Национальный институт юстиции"), True),
    ("comitetul-national-antitrafic", T.CENTRAL_AUTHORITY, Level.NATIONAL, ["MD-CU"],
     [D.TRAFFICKING_PREVENTION, D.PROTECTION_ASSISTANCE], "",
     ("Comitetul național pentru combaterea traficului de ființe umane",
      "National Committee for Combating Trafficking in Human Beings",
      "Национальный комитет по борьбе с торговлей людьми"), True),
    ("secretariatul-permanent-antitrafic", T.CENTRAL_AUTHORITY, Level.NATIONAL, ["MD-CU"],
     [D.TRAFFICKING_PREVENTION, D.CAPACITY_BUILDING], "",
     ("Secretariatul permanent al Comitetului național pentru combaterea traficului de "
      "ființe umane",
      "Permanent Secretariat of the National Committee for Combating Trafficking in "
      "Human Beings",
      "Постоянный секретариат Национального комитета по борьбе с торговлей людьми"), True),
]  # fmt: skip

# What the National Institute of Justice does, in the directory's description.
INSTITUTE_DESCRIPTION = {
    "ro": "Asigură formarea inițială și continuă a judecătorilor și procurorilor.",
    "en": "Provides initial and continuous training for judges and prosecutors.",
    "ru": "Обеспечивает начальную и непрерывную подготовку судей и прокуроров.",
}

# Districts with a territorial commission for combating trafficking in human beings.
COMMISSION_UNITS = ["MD-CA", "MD-UN", "MD-OR", "MD-SO", "MD-ED"]
COMMISSION_PATTERN = (
    "Comisia teritorială pentru combaterea traficului de ființe umane, raionul {ro}",
    "Territorial Commission for Combating Trafficking in Human Beings, {en} District",
    "Территориальная комиссия по борьбе с торговлей людьми, район {ru}",
)

FIRST_NAMES = ["Ana", "Ion", "Maria", "Vasile", "Elena", "Natalia", "Andrei", "Olga", "Tudor"]
LAST_NAMES = ["Rusu", "Ceban", "Munteanu", "Popa", "Cojocaru", "Lungu", "Sârbu", "Țurcan"]
POSITIONS = ["Specialist principal", "Șef de secție", "Coordonator"]

DIRECTORY_TEXTS = {
    "ro": {
        "title": "Rețeaua",
        "intro": "Organizațiile partenere ale rețelei antitrafic și de gen și "
        "activitățile lor publice, pe regiuni și domenii.",
    },
    "en": {
        "title": "The network",
        "intro": "The partner organisations of the anti-trafficking and gender network "
        "and their public activities, by region and domain.",
    },
    "ru": {
        "title": "Сеть",
        "intro": "Организации-партнёры сети по борьбе с торговлей людьми и гендерному "
        "равенству и их открытые мероприятия по регионам и направлениям.",
    },
}

DEMO_FOCAL_POINT = {"username": "focal-point", "organisation": "social-service-md-ca"}
