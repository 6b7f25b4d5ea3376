'use strict'
// fastevent's types for node-postgres (pg), in text format.
//
//   const fastevent = require('pg-fastevent')
//   await fastevent.register(client)       // a connected pg.Client
//   const { rows } = await client.query('SELECT id, at FROM events')
//   // rows[0].id: a string, the KSUID's 27 characters
//   // rows[0].at: a TimestampNS, nanoseconds since 1970 UTC as a BigInt
//
// A Date holds milliseconds, so timestamptz_ns never becomes one silently:
// toDate() refuses to drop digits unless told to.  Parameters take KSUIDs as
// strings and timestamps as TimestampNS (or anything the server parses).
// node-postgres reads every field as UTF-8 text before a parser sees it, so
// its `binary: true` mode cannot carry these types: it fails with an error.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const DIGIT = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i
const KSUID_EPOCH = 1400000000
const KSUID_MAX = (1n << 160n) - 1n
const INT64_MIN = -(1n << 63n)
const INT64_MAX = (1n << 63n) - 1n
const NS_PER_SEC = 1000000000n
const NS_PER_DAY = 86400n * NS_PER_SEC

// ksuid: strings on the wire and in rows; these convert and check them.

function ksuidToBytes (s) {
  if (typeof s !== 'string' || s.length !== 27) {
    throw new TypeError(`a KSUID's text is 27 base62 characters: ${JSON.stringify(s)}`)
  }
  let n = 0n
  for (let i = 0; i < 27; i++) {
    const c = s.charCodeAt(i)
    const d = c < 128 ? DIGIT[c] : -1
    if (d < 0) throw new TypeError(`not a base62 character in a KSUID: ${JSON.stringify(s)}`)
    n = n * 62n + BigInt(d)
  }
  if (n > KSUID_MAX) throw new RangeError(`out of range for a KSUID: ${s}`)
  const b = Buffer.alloc(20)
  for (let i = 19; i >= 0; i--) {
    b[i] = Number(n & 0xffn)
    n >>= 8n
  }
  return b
}

function ksuidFromBytes (b) {
  if (!(b instanceof Uint8Array) || b.length !== 20) {
    throw new TypeError('a KSUID is 20 bytes')
  }
  let n = 0n
  for (let i = 0; i < 20; i++) n = (n << 8n) | BigInt(b[i])
  const out = new Array(27)
  for (let i = 26; i >= 0; i--) {
    out[i] = ALPHABET[Number(n % 62n)]
    n /= 62n
  }
  return out.join('')
}

// the KSUID's time, whole seconds, as a Date
function ksuidTime (s) {
  const b = ksuidToBytes(s)
  return new Date((b.readUInt32BE(0) + KSUID_EPOCH) * 1000)
}

const KSUID_NIL = '000000000000000000000000000'
const KSUID_MAX_TEXT = 'aWgEPTl1tmebfsQzFP4bxwgy80V'

// days from 1970-01-01 of a proleptic Gregorian date, and back
function daysFromCivil (y, m, d) {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function civilFromDays (z) {
  z += 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d]
}

const daysInMonth = (y, m) => m === 2
  ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28)
  : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

const pad = (n, w) => String(n).padStart(w, '0')

// An instant to the nanosecond: nanoseconds since 1970-01-01 UTC (Go's
// UnixNano()), from -9223372036854775807 to 9223372036854775806; the two
// int64 ends are the infinities.
class TimestampNS {
  constructor (ns) {
    if (typeof ns !== 'bigint') throw new TypeError('TimestampNS takes a BigInt of nanoseconds')
    if (ns < INT64_MIN || ns > INT64_MAX) throw new RangeError(`outside timestamptz_ns's range: ${ns}`)
    this.ns = ns
    Object.freeze(this)
  }

  get isFinite () {
    return this.ns !== INT64_MIN && this.ns !== INT64_MAX
  }

  // exactly the milliseconds of a Date (plus nanos, 0 to 999999, if given)
  static fromDate (date, nanos = 0) {
    const ms = date instanceof Date ? date.getTime() : NaN
    if (!Number.isFinite(ms)) throw new TypeError('TimestampNS.fromDate takes a valid Date')
    if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999999) {
      throw new RangeError('nanos is an integer from 0 to 999999')
    }
    return new TimestampNS(BigInt(ms) * 1000000n + BigInt(nanos))
  }

  // the server's text form (DateStyle ISO, any TimeZone)
  static parse (text) {
    return new TimestampNS(parseText(text))
  }

  // A Date holds milliseconds: with digits below them this throws a
  // RangeError, unless { allowLoss: true } (then they are cut, toward the past).
  toDate ({ allowLoss = false } = {}) {
    if (!this.isFinite) throw new RangeError(`${this} has no Date`)
    const rem = ((this.ns % 1000000n) + 1000000n) % 1000000n
    if (rem !== 0n && !allowLoss) {
      throw new RangeError(`${this} has digits a Date cannot hold (toDate({ allowLoss: true }) cuts them)`)
    }
    return new Date(Number((this.ns - rem) / 1000000n))
  }

  // UTC, as the server reads it back exactly: 2024-06-01 00:13:22.301350996+00
  toString () {
    if (this.ns === INT64_MAX) return 'infinity'
    if (this.ns === INT64_MIN) return '-infinity'
    let days = this.ns / NS_PER_DAY
    let rem = this.ns % NS_PER_DAY
    if (rem < 0n) {
      rem += NS_PER_DAY
      days -= 1n
    }
    const [y, m, d] = civilFromDays(Number(days))
    const sec = Number(rem / NS_PER_SEC)
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)} ${pad(Math.floor(sec / 3600), 2)}:` +
      `${pad(Math.floor(sec / 60) % 60, 2)}:${pad(sec % 60, 2)}.${pad(rem % NS_PER_SEC, 9)}+00`
  }

  // RFC 3339 with nine digits, as Go's time.RFC3339Nano (but every digit kept)
  toISOString () {
    if (!this.isFinite) throw new RangeError(`${this} has no RFC 3339 form`)
    const s = this.toString()
    return `${s.slice(0, 10)}T${s.slice(11, 29)}Z`
  }

  toJSON () {
    return this.isFinite ? this.toISOString() : this.toString()
  }

  // node-postgres sends parameters through this
  toPostgres () {
    return this.toString()
  }

  equals (other) {
    return other instanceof TimestampNS && other.ns === this.ns
  }

  static compare (a, b) {
    return a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : 0
  }

  [Symbol.for('nodejs.util.inspect.custom')] () {
    return `TimestampNS(${this.toString()})`
  }
}
TimestampNS.INFINITY = new TimestampNS(INT64_MAX)
TimestampNS.NEG_INFINITY = new TimestampNS(INT64_MIN)
TimestampNS.MIN = new TimestampNS(INT64_MIN + 1n)
TimestampNS.MAX = new TimestampNS(INT64_MAX - 1n)

const num = (s, i, n) => {
  let v = 0
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48
    if (c < 0 || c > 9) return -1
    v = v * 10 + c
  }
  return v
}

function notText (text) {
  return new TypeError(`not a timestamptz_ns in its ISO text form: ${JSON.stringify(text)}` +
    ' (node-postgres needs DateStyle ISO, the default)')
}

// 2024-06-01 05:43:22.301350996+05:30: the date, the time, nine digits
// and the session TimeZone's offset (+HH, +HH:MM or +HH:MM:SS)
function parseText (s) {
  if (s === 'infinity') return INT64_MAX
  if (s === '-infinity') return INT64_MIN
  if (typeof s !== 'string' || s.length < 32 || s[4] !== '-' || s[7] !== '-' || s[10] !== ' ' ||
      s[13] !== ':' || s[16] !== ':' || s[19] !== '.') {
    throw notText(s)
  }
  const y = num(s, 0, 4); const mo = num(s, 5, 2); const d = num(s, 8, 2)
  const h = num(s, 11, 2); const mi = num(s, 14, 2); const se = num(s, 17, 2)
  const frac = num(s, 20, 9)
  const sign = s[29] === '+' ? 1 : s[29] === '-' ? -1 : 0
  const z = s.length - 30
  const oh = num(s, 30, 2)
  const om = z > 2 ? num(s, 33, 2) : 0
  const os = z > 5 ? num(s, 36, 2) : 0
  if (Math.min(y, mo, d, h, mi, se, frac, oh, om, os) < 0 || mo < 1 || mo > 12 || d < 1 ||
      d > daysInMonth(y, mo) || h > 23 || mi > 59 || se > 59 || om > 59 || os > 59 || sign === 0 ||
      (z !== 2 && z !== 5 && z !== 8) || (z > 2 && s[32] !== ':') || (z > 5 && s[35] !== ':')) {
    throw notText(s)
  }
  const sec = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - sign * (oh * 3600 + om * 60 + os)
  return BigInt(sec) * NS_PER_SEC + BigInt(frac)
}

// An array's text form, {a,"b c",NULL,{...}}, its elements through parse;
// a dimension decoration ([0:1]={...}) is skipped.
function parseArray (text, parse) {
  let i = 0
  if (text[0] === '[') i = text.indexOf('=') + 1
  const fail = () => new TypeError(`not an array's text form: ${JSON.stringify(text)}`)
  const list = () => {
    if (text[i++] !== '{') throw fail()
    const out = []
    if (text[i] === '}') {
      i++
      return out
    }
    for (;;) {
      if (text[i] === '{') {
        out.push(list())
      } else if (text[i] === '"') {
        let v = ''
        for (i++; text[i] !== '"'; i++) {
          if (i >= text.length) throw fail()
          if (text[i] === '\\') i++
          v += text[i]
        }
        i++
        out.push(parse(v))
      } else {
        let j = i
        while (j < text.length && text[j] !== ',' && text[j] !== '}') j++
        const v = text.slice(i, j)
        i = j
        out.push(v === 'NULL' ? null : parse(v))
      }
      const c = text[i++]
      if (c === '}') return out
      if (c !== ',') throw fail()
    }
  }
  const out = list()
  if (i !== text.length) throw fail()
  return out
}

const TYPES_QUERY = `SELECT t.typname::text AS name, t.oid::int4 AS oid, t.typarray::int4 AS array
  FROM pg_type t
  JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid
  WHERE e.extname = 'fastevent' AND t.typname IN ('ksuid', 'timestamptz_ns')`

// The types' OIDs in the database of a pg Client or Pool (whatever the
// schema): { ksuid: { oid, array }, timestamptz_ns: { oid, array } }.
async function lookup (queryable) {
  const { rows } = await queryable.query(TYPES_QUERY)
  const oids = {}
  for (const r of rows) oids[r.name] = { oid: r.oid, array: r.array }
  if (!oids.ksuid || !oids.timestamptz_ns) {
    throw new Error('the fastevent extension is not installed in this database')
  }
  return oids
}

const identity = (s) => s
const parseTimestamp = (s) => new TimestampNS(parseText(s))

function binaryParser (name) {
  return () => {
    throw new Error(`fastevent: ${name} cannot be read in binary format: node-postgres decodes ` +
      'every field as UTF-8 text first, which loses bytes; do not use binary: true')
  }
}

// the parsers, oid -> { text, binary }
function parsers (oids) {
  const k = oids.ksuid; const t = oids.timestamptz_ns
  return new Map([
    [k.oid, { text: identity, binary: binaryParser('ksuid') }],
    [k.array, { text: (s) => parseArray(s, identity), binary: binaryParser('ksuid[]') }],
    [t.oid, { text: parseTimestamp, binary: binaryParser('timestamptz_ns') }],
    [t.array, { text: (s) => parseArray(s, parseTimestamp), binary: binaryParser('timestamptz_ns[]') }]
  ])
}

// Register the parsers on one connected pg.Client.
async function register (client) {
  const oids = await lookup(client)
  for (const [oid, p] of parsers(oids)) {
    client.setTypeParser(oid, 'text', p.text)
    client.setTypeParser(oid, 'binary', p.binary)
  }
  return oids
}

// A `types` object for new pg.Pool({ types }) or new pg.Client({ types }):
// these types from oids (see lookup), everything else from base
// (default: pg.types).
function types (oids, base) {
  const ours = parsers(oids)
  const fallback = base || require('pg').types
  return {
    getTypeParser (oid, format = 'text') {
      const p = ours.get(oid)
      return p ? p[format] : fallback.getTypeParser(oid, format)
    }
  }
}

module.exports = {
  TimestampNS,
  ksuidToBytes,
  ksuidFromBytes,
  ksuidTime,
  KSUID_NIL,
  KSUID_MAX: KSUID_MAX_TEXT,
  register,
  lookup,
  types,
  parseArray
}
