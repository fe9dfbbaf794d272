# datetime with fixed dates only (no clock): date/time/datetime
# construction and validation errors, arithmetic with timedelta
# (normalisation, negative deltas, month ends, leap years), comparisons,
# weekday/isocalendar/ordinal, strftime/strptime with several directives,
# isoformat/fromisoformat, replace, timezone-aware values with fixed
# offsets (astimezone, utcoffset, comparison across zones), and errors when
# mixing naive and aware values.
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), date(2023, 2, 28) + timedelta(days=1))
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal(), date.fromordinal(738944))
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 3, 1) - date(2024, 3, 1)).days, date(2000, 1, 1) < date(2000, 1, 2))
print(date.fromisoformat("2021-07-04"), date(2021, 7, 4).isoformat(), date(1, 1, 1), date.min, date.max, d.replace(day=1))
for args in [(2023, 2, 29), (2024, 13, 1), (2024, 0, 1), (0, 1, 1), (2024, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    date.fromisoformat("2021-7-4")
except ValueError as e:
    print("ValueError", e)

td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), timedelta(seconds=-1).days, -timedelta(days=1, seconds=1), abs(timedelta(hours=-3)),
      timedelta(weeks=1) / timedelta(days=1), timedelta(days=7) // 2, timedelta(minutes=90) % timedelta(hours=1),
      timedelta(seconds=1) * 1.5, timedelta(0) == timedelta(), bool(timedelta(0)), timedelta(days=1) > timedelta(hours=23))
try:
    timedelta(days=10 ** 9)
except OverflowError as e:
    print("OverflowError", e)

dt = datetime(2023, 12, 31, 23, 59, 30, 250000)
print(dt, repr(dt), dt + timedelta(seconds=45), dt - timedelta(days=365), dt.date(), dt.time())
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.isoformat(timespec="milliseconds"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f | %a %A %b %B | %j %U %W | %I %p | %y %% %d/%m"))
print(datetime(2024, 3, 5, 7, 8).strftime("%d %H %M"), date(2024, 1, 7).strftime("%A week %U"))
print(datetime.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M"), datetime.strptime("05/Mar/21", "%d/%b/%y"),
      datetime.strptime("7", "%d").year)
for text, fmt in [("2023-02-29", "%Y-%m-%d"), ("12:60", "%H:%M"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError", e)
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.123456+02:00"),
      datetime.combine(date(2020, 1, 1), time(12, 30)), dt.replace(year=2000, microsecond=0))

t = time(9, 5, 7, 123)
print(t, t.isoformat(), t.strftime("%H.%M"), time(), time(23, 59, 59, 999999), t < time(10), t.replace(hour=0))
try:
    time(24, 0)
except ValueError as e:
    print("ValueError", e)

utc = timezone.utc
plus2 = timezone(timedelta(hours=2), "EET")
minus5 = timezone(timedelta(hours=-5, minutes=-30))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=plus2)
print(aware, aware.tzname(), aware.utcoffset(), aware.astimezone(utc), aware.astimezone(minus5), minus5, utc)
print(aware == datetime(2024, 6, 1, 10, 0, tzinfo=utc), aware.astimezone(utc).isoformat(), datetime(2024, 6, 1, tzinfo=minus5).strftime("%z %Z"))
print(aware - datetime(2024, 6, 1, 0, 0, tzinfo=utc), sorted([aware, datetime(2024, 6, 1, 11, 0, tzinfo=utc)])[0].tzname())
naive = datetime(2024, 6, 1, 12, 0)
try:
    naive < aware
except TypeError as e:
    print("TypeError", e)
try:
    naive - aware
except TypeError as e:
    print("TypeError", e)
print(naive == aware, naive.tzinfo, naive.utcoffset())
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError", e)
print(date(2024, 1, 31) + timedelta(days=30), [date(2024, m, 1).strftime("%b") for m in range(1, 13)][::3])
print(sum((timedelta(minutes=m) for m in (15, 30, 45)), timedelta()), max(date(2020, 5, 1), date(2019, 12, 31)))
