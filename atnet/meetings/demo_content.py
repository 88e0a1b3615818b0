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
        "venue": "Sala de conferințe a Misiunii, Chișinău (exemplu)",
    },
    "stc-regional": {
        "kind": "regional",
        "names": (
            "Ședința tehnică de coordonare regională",
            "Regional technical coordination meeting",
            "Региональное техническое координационное совещание",
        ),
        "recurrence": "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE",
        "venue": "Sala de ședințe a consiliului raional (exemplu)",
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

MINUTES = (
    "Exemplu de proces-verbal. Participanții au prezentat activitățile desfășurate de la ședința "
    "precedentă, au discutat dificultățile de referire a cazurilor și au convenit "
    "acțiunile de mai jos."
)
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
    "agenda": "Raportul privind implementarea planului național de acțiuni (exemplu)\n"
    "Activitatea comisiilor teritoriale (exemplu)\nDiverse",
    "notes": "Note interne de observator (exemplu): discuțiile au vizat coordonarea "
    "între instituții.",
    "follow_up": "Urmărirea recomandărilor Comitetului privind comisiile teritoriale (exemplu)",
    "venue": "Cancelaria de Stat, Chișinău (exemplu)",
}
