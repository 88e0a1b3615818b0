# Romanian dates as Romanian writes them: "17 decembrie 2026" (month names in
# lowercase, see atnet.core.dates), numbers as "1.234,5".
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j E"
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
