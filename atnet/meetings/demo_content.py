"""Demo texts in Romanian, English and Russian. Examples only: no real decisions or figures."""

SERIES = {
    "stc-national": {
        "kind": "national",
        "names": (
            "Ședința tehnică de coordonare (națională)",
            "Technical coordination meeting (national)",
            "Техническое координационное совещание (национальное)",
        ),
        "recurrence": "FREQ=MONTHLY;BYDAY=+2TH",
        "venue": "Sala de conferințe a Misiunii, Chișinău",
    },
    "stc-regional": {
        "kind": "regional",
        "names": (
            "Ședința tehnică de coordonare regională",
            "Regional technical coordination meeting",
            "Региональное техническое координационное совещание",
        ),
        "recurrence": "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE",
        "venue": "Sala de ședințe a consiliului raional",
    },
}

AGENDA = [
    (
        "Cuvânt de deschidere și aprobarea agendei",
        "Opening and adoption of the agenda",
        "Открытие и утверждение повестки дня",
        10,
    ),
    (
        "Informarea privind cazurile de trafic identificate în ultima lună",
        "Update on trafficking cases identified in the past month",
        "Информация о выявленных за последний месяц случаях торговли людьми",
        30,
    ),
    (
        "Referirea victimelor către serviciile de asistență: dificultăți și soluții",
        "Referral of victims to assistance services: difficulties and solutions",
        "Направление пострадавших в службы помощи: трудности и решения",
        40,
    ),
    (
        "Prevenirea violenței în familie: campania de informare",
        "Preventing domestic violence: the information campaign",
        "Профилактика насилия в семье: информационная кампания",
        25,
    ),
    (
        "Cooperarea cu autoritățile publice locale și societatea civilă",
        "Cooperation with local public authorities and civil society",
        "Сотрудничество с органами местного публичного управления и гражданским обществом",
        30,
    ),
    ("Diverse", "Any other business", "Разное", 10),
]

# Minutes are built per meeting: its place, day and attendance, and two of these topics
# in turn, so no two held meetings have the same record.
MINUTES = (
    "Ședința din {day}, {place}. Au fost prezenți {present} participanți din "
    "{organisations} organizații. {first} {second} Participanții au convenit acțiunile "
    "de mai jos."
)
MINUTES_TOPICS = [
    "Poliția a prezentat cazurile de trafic identificate de la ședința precedentă și "
    "stadiul urmăririi penale.",
    "Asistenții sociali au semnalat întârzieri la referirea victimelor către centrele de "
    "plasament și au propus o procedură de contact direct.",
    "S-a discutat campania de prevenire a violenței în familie și distribuirea "
    "materialelor în primării.",
    "Reprezentanții organizațiilor neguvernamentale au descris cazurile de exploatare prin "
    "muncă ale migranților reîntorși.",
    "Participanții au analizat colaborarea cu autoritățile publice locale în identificarea "
    "copiilor lăsați fără îngrijire părintească.",
    "Procuratura a informat despre cauzele transmise în instanță și despre audierea "
    "victimelor în camere special amenajate.",
    "S-a convenit actualizarea listei punctelor focale și a datelor de contact ale "
    "echipelor multidisciplinare.",
]
SUMMARY = (
    "Ședința a reunit actorii antitrafic pentru schimbul de informații privind activitățile "
    "curente și coordonarea acțiunilor următoare.",
    "The meeting brought anti-trafficking actors together to exchange information on current "
    "activities and to coordinate the next steps.",
    "Совещание собрало участников противодействия торговле людьми для обмена информацией о текущей "
    "деятельности и согласования дальнейших шагов.",
)

ACTIONS = [
    "Transmiterea datelor de contact actualizate ale punctelor focale către coordonator",
    "Pregătirea unei note privind dificultățile de referire a victimelor",
    "Organizarea unei sesiuni de informare pentru specialiștii din teritoriu",
    "Diseminarea materialelor campaniei de prevenire în școli",
    "Propunerea de subiecte pentru următoarea ședință regională",
]

COMMITTEE = {
    "titles": (
        "Ședința Comitetului național pentru combaterea traficului de ființe umane",
        "Session of the National Committee for Combating Trafficking in Human Beings",
        "Заседание Национального комитета по борьбе с торговлей людьми",
    ),
    "agenda": "Raportul privind implementarea planului național de acțiuni\n"
    "Activitatea comisiilor teritoriale\nDiverse",
    "notes": "Note interne de observator: discuțiile au vizat coordonarea între instituții.",
    "follow_up": "Urmărirea recomandărilor Comitetului privind comisiile teritoriale",
    "venue": "Cancelaria de Stat, Chișinău",
}
