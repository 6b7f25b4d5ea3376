'use strict'
// COPY in and out through pg-copy-streams (the package the README names for
// it), against a real server: the values of server.test.js and NULLs, in as
// COPY text rows written with the package's own text forms, out as COPY
// text rows read back with them, compared with what SQL says of them.
const test = require('node:test')
const assert = require('node:assert/strict')
const { pipeline } = require('node:stream/promises')
const { Readable, Writable } = require('node:stream')
const pg = require('pg')
const { from: copyFrom, to: copyTo } = require('pg-copy-streams')
const fastevent = require('..')
const { TimestampNS } = fastevent
const { values } = require('./common.js')
const { runReadmeBlock } = require('./readme.js')

test('COPY in and out of 10,000 values, NULLs among them', async (t) => {
  const client = new pg.Client()
  await client.connect()
  t.after(async () => {
    await client.query('DROP TABLE IF EXISTS node_copy')
    await client.end()
  })
  await client.query("SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS fastevent; SET TimeZone = 'Asia/Kathmandu'")
  await fastevent.register(client)
  await client.query('DROP TABLE IF EXISTS node_copy; CREATE TABLE node_copy (n int, id ksuid, t timestamptz_ns)')
  const want = values().map(([id, ns], n) => [n % 97 === 5 ? null : id, n % 89 === 7 ? null : ns])

  // in: one text row a value, \N for NULL; a TimestampNS writes itself
  // (toPostgres(): every digit, and the infinities)
  const field = (v) => v === null ? '\\N' : String(v)
  const lines = want.map(([id, ns], n) => `${n}\t${field(id)}\t${field(ns === null ? null : new TimestampNS(ns).toPostgres())}\n`)
  await pipeline(Readable.from(lines), client.query(copyFrom('COPY node_copy (n, id, t) FROM STDIN')))
  const sql = (await client.query("SELECT n, encode(id::bytea, 'hex') AS hex, epoch_ns(t)::text AS ns FROM node_copy ORDER BY n")).rows
  assert.equal(sql.length, want.length)
  for (const r of sql) {
    const [id, ns] = want[r.n]
    assert.equal(r.hex, id === null ? null : fastevent.ksuidToBytes(id).toString('hex'), `row ${r.n}: id`)
    assert.equal(r.ns, ns === null ? null : String(ns), `row ${r.n}: t`)
  }

  // out: COPY's text rows in the session's zone, read with TimestampNS.parse
  let text = ''
  await pipeline(client.query(copyTo('COPY (SELECT n, id, t FROM node_copy ORDER BY n) TO STDOUT')),
    new Writable({ write (chunk, _enc, done) { text += chunk; done() } }))
  const rows = text.split('\n').filter((l) => l !== '')
  assert.equal(rows.length, want.length)
  for (const line of rows) {
    const [n, id, tt] = line.split('\t')
    const [wid, wns] = want[Number(n)]
    assert.equal(id === '\\N' ? null : id, wid, `row ${n}: id`)
    assert.equal(tt === '\\N' ? null : TimestampNS.parse(tt).ns, wns, `row ${n}: t`)
  }
})

test('the package README example of COPY', async (t) => {
  await runReadmeBlock(t, 1)
})
