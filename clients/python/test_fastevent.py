"""fastevent's psycopg 3 support: the value types against the Go reference
vectors, then a round trip of 10,000 values through a real server (the PG*
environment variables), compared with what SQL says of them."""

import csv
import datetime as dt
import os
import random
import unittest

import psycopg

import fastevent
from fastevent import KSUID, TimestampNS

HERE = os.path.dirname(os.path.abspath(__file__))
# the checkout: beside this file, or where FASTEVENT_SRC says (the test of
# the installed package runs a copy of this file from elsewhere)
SRC = os.environ.get("FASTEVENT_SRC", os.path.join(HERE, "..", ".."))
VECTORS = os.path.join(SRC, "test", "vectors")
ROWS = 10000


def rows_of(name):
    with open(os.path.join(VECTORS, name), newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


class Values(unittest.TestCase):
    def test_ksuid_vectors(self):
        vectors = rows_of("ksuid.tsv")
        self.assertGreater(len(vectors), 100)
        for v in vectors:
            k = KSUID(bytes.fromhex(v["hex"]))
            self.assertEqual(str(k), v["ksuid"])
            self.assertEqual(KSUID(v["ksuid"]), k)
            self.assertEqual(k.timestamp, int(v["unix_ts"]))
            self.assertEqual(k.payload.hex(), v["payload_hex"])

    def test_ksuid_value(self):
        a, b = KSUID.NIL, KSUID.MAX
        self.assertTrue(a < b and a != b and len({a, b, KSUID(bytes(20))}) == 2)
        for bad in ["", "aWgEPTl1tmebfsQzFP4bxwgy80W", "0ujtsYcgvSTl8PAuAdqWYSMn-Ov", b"\0" * 19]:
            with self.assertRaises(ValueError):
                KSUID(bad)
        with self.assertRaises(AttributeError):
            a._b = b"x"

    def test_timestamp_vectors(self):
        vectors = rows_of("tsns.tsv")
        self.assertGreater(len(vectors), 100)
        for v in vectors:
            ns = int(v["epoch_ns"])
            self.assertEqual(fastevent._format(ns), v["utc"])
            self.assertEqual(fastevent._parse(v["utc"]), ns)
            self.assertEqual(fastevent._parse(v["new_york"]), ns)

    def test_timestamp_text(self):
        r = random.Random(1)
        for _ in range(20000):
            ns = r.randint(TimestampNS.MIN.ns, TimestampNS.MAX.ns)
            text = fastevent._format(ns)
            self.assertEqual(fastevent._parse(text), ns)
            us = ns // 1000 * 1000
            want = (dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(microseconds=us // 1000))
            self.assertEqual(TimestampNS(us).to_datetime(), want)
        for text, ns in [("2024-06-01 05:43:22.301350996+05:30", 1717200802301350996),
                         ("1850-01-01 00:00:00.000000000-04:56:02", -3786825600 * 10**9 + 17762 * 10**9),
                         ("infinity", TimestampNS.INFINITY.ns)]:
            self.assertEqual(fastevent._parse(text), ns)

    def test_datetime_is_explicit(self):
        t = TimestampNS(1717200802301350996)
        with self.assertRaises(ValueError):
            t.to_datetime()
        self.assertEqual(t.to_datetime(allow_loss=True).microsecond, 301351)     # rounded half up
        self.assertEqual(TimestampNS(1717200802301350499).to_datetime(allow_loss=True).microsecond, 301350)
        self.assertEqual(TimestampNS(-1500).to_datetime(allow_loss=True),          # half up: toward the future
                         dt.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=dt.timezone.utc))
        aware = dt.datetime(2024, 6, 1, 5, 43, 22, 301350, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
        self.assertEqual(TimestampNS.from_datetime(aware).ns, 1717200802301350000)
        with self.assertRaises(ValueError):
            TimestampNS.from_datetime(dt.datetime(2024, 1, 1))
        with self.assertRaises(ValueError):
            TimestampNS.INFINITY.to_datetime()


def values():
    r = random.Random(int(os.environ.get("CLIENT_SEED", "0")))
    v = [(KSUID.NIL, 0), (KSUID.MAX, TimestampNS.MIN.ns), (KSUID.NIL, TimestampNS.MAX.ns),
         (KSUID.MAX, TimestampNS.NEG_INFINITY.ns), (KSUID.NIL, TimestampNS.INFINITY.ns), (KSUID.MAX, -1)]
    while len(v) < ROWS:
        v.append((KSUID(r.randbytes(20)), r.randint(TimestampNS.MIN.ns, TimestampNS.MAX.ns)))
    return v


class Server(unittest.TestCase):
    def setUp(self):
        if not os.environ.get("PGHOST"):
            self.fail("no server: set PGHOST and the other PG* variables (make test does)")
        self.conn = psycopg.connect(autocommit=True)
        self.conn.execute("SET client_min_messages = warning")
        self.conn.execute("CREATE EXTENSION IF NOT EXISTS fastevent")
        fastevent.register(self.conn)
        self.conn.execute("DROP TABLE IF EXISTS py_rt; CREATE TABLE py_rt (n int, id ksuid, t timestamptz_ns);"
                          "SET TimeZone = 'Asia/Kolkata'")

    def tearDown(self):
        self.conn.execute("DROP TABLE IF EXISTS py_rt")
        self.conn.close()

    def check(self, rows, how):
        want = values()
        self.assertEqual(len(rows), ROWS, how)
        for n, k, t, raw, ns in rows:
            self.assertEqual((k, t), (want[n][0], TimestampNS(want[n][1])), "%s, row %d" % (how, n))
            self.assertEqual((raw, ns), (want[n][0].bytes, want[n][1]), "%s, row %d: SQL" % (how, n))

    def test_round_trip(self):
        vs = values()
        # in: binary COPY for most rows, parameters (binary and text) for the rest
        with self.conn.cursor() as cur:
            with cur.copy("COPY py_rt FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(["int4", "ksuid", "timestamptz_ns"])
                for n, (k, ns) in enumerate(vs[:ROWS - 200]):
                    copy.write_row((n, k, TimestampNS(ns)))
            cur.executemany("INSERT INTO py_rt VALUES (%b, %b, %b)",
                            [(n, vs[n][0], TimestampNS(vs[n][1])) for n in range(ROWS - 200, ROWS - 100)])
            cur.executemany("INSERT INTO py_rt VALUES (%t, %t, %t)",
                            [(n, vs[n][0], TimestampNS(vs[n][1])) for n in range(ROWS - 100, ROWS)])
        query = "SELECT n, id, t, id::bytea, epoch_ns(t) FROM py_rt ORDER BY n"
        self.check(self.conn.execute(query).fetchall(), "text")
        with self.conn.cursor(binary=True) as cur:
            self.check(cur.execute(query).fetchall(), "binary")
        # out: binary COPY
        rows = []
        with self.conn.cursor() as cur:
            with cur.copy("COPY (%s) TO STDOUT (FORMAT BINARY)" % query) as copy:
                copy.set_types(["int4", "ksuid", "timestamptz_ns", "bytea", "int8"])
                rows = [tuple(r) for r in copy.rows()]
        self.check(rows, "binary COPY")
        # the nil KSUID is a value; NULL is None
        self.assertGreaterEqual(self.conn.execute("SELECT count(*) FROM py_rt WHERE id = ksuid_nil()").fetchone()[0], 3)
        self.assertEqual(self.conn.execute("SELECT NULL::ksuid, NULL::timestamptz_ns").fetchone(), (None, None))

    def test_rounding_as_the_server(self):
        # to_datetime(allow_loss=True) rounds as the server's cast to timestamptz
        r = random.Random(7)
        ns = [r.randint(TimestampNS.MIN.ns + 1000, TimestampNS.MAX.ns - 1000) for _ in range(3000)]
        ns += [n // 1000 * 1000 + d for n in ns[:500] for d in (499, 500, 501)]
        ns += [-1500, -500, -501, 499, 500, 1717200802301350996]
        rows = self.conn.execute("SELECT v, to_timestamptz_ns(v)::timestamptz FROM unnest(%s::bigint[]) v",
                                 (ns,)).fetchall()
        self.assertEqual(len(rows), len(ns))
        for v, server in rows:
            self.assertEqual(TimestampNS(v).to_datetime(allow_loss=True), server, v)

    def test_readme_example(self):
        with open(os.path.join(SRC, "README.md")) as f:
            readme = f.read()
        block = readme.split("```python\n", 1)[1].split("```", 1)[0]
        self.conn.execute("DROP TABLE IF EXISTS events; CREATE TABLE events (id ksuid, at timestamptz_ns)")
        try:
            exec(compile(block, "README.md", "exec"), {})
        finally:
            self.conn.execute("DROP TABLE events")


if __name__ == "__main__":
    unittest.main()
