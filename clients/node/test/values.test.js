'use strict'
// The value conversions, without a server: against the Go reference vectors
// (test/vectors, made by segmentio/ksuid and Go's time package) and by hand.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const fastevent = require('..')
const { TimestampNS, ksuidToBytes, ksuidFromBytes, ksuidTime, parseArray } = fastevent

function rowsOf (name) {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'vectors', name), 'utf8')
  const [head, ...lines] = text.trimEnd().split('\n')
  const cols = head.split('\t')
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])))
}

test('ksuid: every row of the Go vectors', () => {
  const rows = rowsOf('ksuid.tsv')
  assert.ok(rows.length > 100)
  for (const v of rows) {
    const b = Buffer.from(v.hex, 'hex')
    assert.equal(ksuidFromBytes(b), v.ksuid)
    assert.equal(ksuidToBytes(v.ksuid).toString('hex'), v.hex)
    assert.equal(ksuidTime(v.ksuid).getTime(), Number(v.unix_ts) * 1000)
    assert.equal(b.subarray(4).toString('hex'), v.payload_hex)
  }
  assert.equal(ksuidFromBytes(Buffer.alloc(20)), fastevent.KSUID_NIL)
  assert.equal(ksuidFromBytes(Buffer.alloc(20, 0xff)), fastevent.KSUID_MAX)
})

test('ksuid: bad text and bytes are errors', () => {
  for (const bad of ['', 'aWgEPTl1tmebfsQzFP4bxwgy80W', '0ujtsYcgvSTl8PAuAdqWYSMn-Ov',
    '0ujtsYcgvSTl8PAuAdqWYSMnLOvX', '0ujtsYcgvSTl8PAuAdqWYSMnLO\u00e9', 42]) {
    assert.throws(() => ksuidToBytes(bad), /KSUID/)
  }
  assert.throws(() => ksuidFromBytes(Buffer.alloc(19)), /20 bytes/)
})

test('timestamptz_ns: every row of the Go vectors', () => {
  const rows = rowsOf('tsns.tsv')
  assert.ok(rows.length > 100)
  for (const v of rows) {
    const ns = BigInt(v.epoch_ns)
    const t = new TimestampNS(ns)
    assert.equal(t.toString(), v.utc)
    assert.equal(TimestampNS.parse(v.utc).ns, ns)
    assert.equal(TimestampNS.parse(v.new_york).ns, ns, v.new_york)
  }
})

test('timestamptz_ns: text forms', () => {
  for (const [text, ns] of [
    ['2024-06-01 05:43:22.301350996+05:30', 1717200802301350996n],
    ['2024-06-01 00:13:22.301350996+00', 1717200802301350996n],
    ['1850-01-01 00:00:00.000000000-04:56:02', -3786825600n * 1000000000n + 17762n * 1000000000n],
    ['1970-01-01 00:00:00.000000000+00', 0n],
    ['1969-12-31 23:59:59.999999999+00', -1n],
    ['infinity', TimestampNS.INFINITY.ns],
    ['-infinity', TimestampNS.NEG_INFINITY.ns]
  ]) {
    assert.equal(TimestampNS.parse(text).ns, ns, text)
  }
  assert.equal(TimestampNS.MIN.toString(), '1677-09-21 00:12:43.145224193+00')
  assert.equal(TimestampNS.MAX.toString(), '2262-04-11 23:47:16.854775806+00')
  assert.equal(new TimestampNS(1717200802301350996n).toISOString(), '2024-06-01T00:13:22.301350996Z')
  assert.equal(JSON.stringify([new TimestampNS(0n), TimestampNS.INFINITY]),
    '["1970-01-01T00:00:00.000000000Z","infinity"]')
  // what other DateStyles print, and what is not a timestamp at all
  for (const bad of ['Sat Jun 01 05:43:22.301350996 2024 IST', '01/06/2024 05:43:22.301350996 IST',
    '2024-06-01 05:43:22.301350+05:30', '2024-02-30 00:00:00.000000000+00', '2024-06-01 24:00:00.000000000+00',
    '2024-06-01 05:43:22.301350996+5:30', '2024-06-01 05:43:22.301350996 05:30', '2024-06-01 05:43:22.30135099a+00',
    '2024-06-01 05:43:22.301350996+05:3x', '']) {
    assert.throws(() => TimestampNS.parse(bad), /ISO text form/, bad)
  }
})

test('timestamptz_ns: random values through text', () => {
  let x = 0x9e3779b97f4a7c15n
  const range = TimestampNS.MAX.ns - TimestampNS.MIN.ns + 1n
  for (let i = 0; i < 20000; i++) {
    x = (x * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn
    const ns = TimestampNS.MIN.ns + x % range
    assert.equal(TimestampNS.parse(new TimestampNS(ns).toString()).ns, ns)
  }
})

test('timestamptz_ns: a Date only explicitly', () => {
  const t = new TimestampNS(1717200802301350996n)
  assert.throws(() => t.toDate(), /cannot hold/)
  assert.equal(t.toDate({ allowLoss: true }).toISOString(), '2024-06-01T00:13:22.301Z')
  assert.equal(new TimestampNS(-1n).toDate({ allowLoss: true }).getTime(), -1)
  assert.equal(new TimestampNS(-1000000n).toDate().getTime(), -1)
  const d = new Date('2024-06-01T05:43:22.301+05:30')
  assert.equal(TimestampNS.fromDate(d).ns, 1717200802301000000n)
  assert.equal(TimestampNS.fromDate(d, 350996).ns, 1717200802301350996n)
  assert.throws(() => TimestampNS.fromDate(new Date(NaN)), TypeError)
  assert.throws(() => TimestampNS.fromDate(d, 1000000), RangeError)
  assert.throws(() => TimestampNS.INFINITY.toDate({ allowLoss: true }), /has no Date/)
  assert.throws(() => new TimestampNS(1n << 63n), RangeError)
  assert.throws(() => new TimestampNS(5), TypeError)
  assert.ok(Object.isFrozen(t))
  assert.ok(t.equals(new TimestampNS(t.ns)) && !t.equals(TimestampNS.MAX))
  assert.deepEqual([TimestampNS.MAX, TimestampNS.MIN, t].sort(TimestampNS.compare),
    [TimestampNS.MIN, t, TimestampNS.MAX])
  assert.equal(t.toPostgres(), '2024-06-01 00:13:22.301350996+00')
})

test('arrays: the server\'s text form', () => {
  const id = (s) => s
  assert.deepEqual(parseArray('{}', id), [])
  assert.deepEqual(parseArray('{a,NULL,"NULL","b c","x\\"y\\\\z"}', id), ['a', null, 'NULL', 'b c', 'x"y\\z'])
  assert.deepEqual(parseArray('{{a,b},{c,d}}', id), [['a', 'b'], ['c', 'd']])
  assert.deepEqual(parseArray('[0:1]={a,b}', id), ['a', 'b'])
  for (const bad of ['', '{', '{a', '{a,}x', '{"a}', 'a']) {
    assert.throws(() => parseArray(bad, id), /array/, bad)
  }
})
