# Russian dates: "17 декабря 2026 г." (genitive month), numbers as "1 234,5".
DATE_FORMAT = r"j E Y \г."
DATETIME_FORMAT = r"j E Y \г., H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j E"
YEAR_MONTH_FORMAT = r"F Y \г."
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
