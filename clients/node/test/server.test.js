'use strict'
// Against a real server (the PG* environment variables; make test sets
// them): 10,000 values in through parameters and out as rows and arrays,
// compared with what SQL says of them (id::bytea, epoch_ns(t)).
const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const pg = require('pg')
const fastevent = require('..')
const { TimestampNS, ksuidFromBytes, ksuidToBytes } = fastevent

const ROWS = 10000

const { values } = require('./common.js')
const { runReadmeBlock } = require('./readme.js')

async function connect (config) {
  const client = new pg.Client(config)
  await client.connect()
  try {
    await client.query("SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS fastevent; SET TimeZone = 'America/New_York'")
  } catch (e) {
    await client.end()
    throw e
  }
  return client
}

test('round trip of 10,000 values', async (t) => {
  const client = await connect()
  t.after(async () => {
    await client.query('DROP TABLE IF EXISTS node_rt')
    await client.end()
  })
  const oids = await fastevent.register(client)
  assert.ok(oids.ksuid.oid > 0 && oids.timestamptz_ns.array > 0)
  const want = values()
  await client.query('DROP TABLE IF EXISTS node_rt; CREATE TABLE node_rt (n int, id ksuid, t timestamptz_ns)')

  // in: arrays of strings and TimestampNS for most rows, one parameter
  // each for some, a KSUID's 20 bytes as a Buffer (sent binary) for the last
  const bulk = ROWS - 200
  await client.query('INSERT INTO node_rt SELECT * FROM unnest($1::int[], $2::ksuid[], $3::timestamptz_ns[])',
    [want.slice(0, bulk).map((_, n) => n), want.slice(0, bulk).map((w) => w[0]),
      want.slice(0, bulk).map((w) => new TimestampNS(w[1]))])
  for (let n = bulk; n < ROWS - 100; n++) {
    await client.query('INSERT INTO node_rt VALUES ($1, $2, $3)', [n, want[n][0], new TimestampNS(want[n][1])])
  }
  for (let n = ROWS - 100; n < ROWS; n++) {
    await client.query('INSERT INTO node_rt VALUES ($1, $2, $3)', [n, ksuidToBytes(want[n][0]), new TimestampNS(want[n][1])])
  }

  const check = (rows, how) => {
    assert.equal(rows.length, ROWS, how)
    for (const r of rows) {
      const [id, ns] = want[r.n]
      assert.ok(r.t instanceof TimestampNS, `${how}, row ${r.n}`)
      assert.deepEqual([r.id, r.t.ns], [id, ns], `${how}, row ${r.n}`)
      assert.deepEqual([r.hex, BigInt(r.ns)], [ksuidToBytes(id).toString('hex'), ns], `${how}, row ${r.n}: SQL`)
    }
  }
  const query = "SELECT n, id, t, encode(id::bytea, 'hex') AS hex, epoch_ns(t)::text AS ns FROM node_rt ORDER BY n"
  check((await client.query(query)).rows, 'America/New_York')
  // a zone with odd offsets; a prepared statement
  await client.query("SET TimeZone = 'Asia/Kathmandu'")
  check((await client.query({ name: 'rt', text: query })).rows, 'Asia/Kathmandu, prepared')

  // out: as arrays
  const arrays = (await client.query('SELECT array_agg(id ORDER BY n) AS ids, array_agg(t ORDER BY n) AS ts FROM node_rt')).rows[0]
  assert.deepEqual(arrays.ids, want.map((w) => w[0]))
  assert.deepEqual(arrays.ts.map((x) => x.ns), want.map((w) => w[1]))
  const nested = (await client.query("SELECT '{{NULL,0ujtsYcgvSTl8PAuAdqWYSMnLOv}}'::ksuid[] AS k, ARRAY[NULL, 'infinity']::timestamptz_ns[] AS t")).rows[0]
  assert.deepEqual(nested.k, [[null, '0ujtsYcgvSTl8PAuAdqWYSMnLOv']])
  assert.deepEqual(nested.t, [null, TimestampNS.INFINITY])

  // the nil KSUID is a value; NULL is null
  const nils = await client.query('SELECT count(*)::int AS c FROM node_rt WHERE id = ksuid_nil()')
  assert.ok(nils.rows[0].c >= 3)
  assert.deepEqual((await client.query('SELECT NULL::ksuid AS k, NULL::timestamptz_ns AS t')).rows[0], { k: null, t: null })
  // a Date parameter is its milliseconds, exactly
  const d = await client.query("SELECT $1::timestamptz_ns AS t", [new Date('2024-06-01T00:13:22.301Z')])
  assert.equal(d.rows[0].t.ns, 1717200802301000000n)
  // rows as arrays
  const ra = await client.query({ text: 'SELECT id, t FROM node_rt WHERE n = 0', rowMode: 'array' })
  assert.deepEqual(ra.rows, [[fastevent.KSUID_NIL, new TimestampNS(0n)]])
})

test('a pool, through types()', async (t) => {
  const first = await connect()
  const oids = await fastevent.lookup(first)
  await first.end()
  const pool = new pg.Pool({ types: fastevent.types(oids), max: 2 })
  t.after(() => pool.end())
  const { rows } = await pool.query("SELECT '2024-06-01 00:13:22.301350996Z'::timestamptz_ns AS t, ksuid_nil() AS k, 1::int8 AS i, '2024-01-01'::date AS d")
  assert.equal(rows[0].t.ns, 1717200802301350996n)
  assert.equal(rows[0].k, fastevent.KSUID_NIL)
  // everything else as pg.types parses it
  assert.deepEqual([rows[0].i, rows[0].d], [pg.types.getTypeParser(20)('1'), pg.types.getTypeParser(1082)('2024-01-01')])
})

test('binary: true is an error, not garbled bytes', async (t) => {
  const client = await connect()
  t.after(() => client.end())
  await fastevent.register(client)
  // (binary results need the extended protocol, so a parameter, itself
  // binary because node-postgres before 8.11 sends all of them binary)
  const binary = (c, q) => c.query({ text: `${q}, $1::bytea AS b`, values: [Buffer.alloc(1)], binary: true })
  // pg-protocol before 1.6 (Debian bookworm's node-pg 8.8) sends a Bind
  // message the server refuses for every binary: true query
  const works = await binary(client, 'SELECT 1::int4 AS i').then(() => true, (e) => {
    assert.match(e.message, /insufficient data left in message/)
    return false
  })
  const max = `'${fastevent.KSUID_MAX}'::ksuid`
  for (const q of [`SELECT ${max} AS v`, 'SELECT now()::timestamptz_ns AS v', `SELECT ARRAY[${max}] AS v`]) {
    await assert.rejects(binary(client, q), works ? /cannot be read in binary format/ : /insufficient data/, q)
  }
  // the client is still usable
  assert.equal((await client.query('SELECT ksuid_nil() AS k')).rows[0].k, fastevent.KSUID_NIL)
  if (!works) return
  // without registration, binary mode garbles the bytes (why the error)
  const bare = new pg.Client()
  await bare.connect()
  t.after(() => bare.end())
  const r = await binary(bare, `SELECT ${max} AS v`)
  assert.equal(r.rows[0].v, '\ufffd'.repeat(20))
})

test('a database without the extension', async (t) => {
  const client = new pg.Client()
  await client.connect()
  t.after(() => client.end())
  await client.query('BEGIN')
  await client.query('DROP EXTENSION IF EXISTS fastevent CASCADE')
  await assert.rejects(fastevent.register(client), /not installed/)
  await client.query('ROLLBACK')
})

// the project README's example, and the package README's first (its COPY
// one: copy.test.js)
test('the README example', async (t) => {
  await runReadmeBlock(t, 0, path.join(__dirname, '..', '..', '..', 'README.md'))
})

test('the package README example', async (t) => {
  await runReadmeBlock(t, 0)
})

