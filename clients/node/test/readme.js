'use strict'
// Run the n-th ```js block of a README (the package's, unless file names
// another) in an async function, with require('pg-fastevent') this package,
// on a table events (id, at) of its own.
const fs = require('node:fs')
const path = require('node:path')
const pg = require('pg')
const fastevent = require('..')

async function connect () {
  const client = new pg.Client()
  await client.connect()
  await client.query('SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS fastevent')
  return client
}

async function runReadmeBlock (t, n, file = path.join(__dirname, '..', 'README.md')) {
  const readme = fs.readFileSync(file, 'utf8')
  const block = readme.split('```js\n')[n + 1].split('```')[0]
  const setup = await connect()
  t.after(async () => {
    await setup.query('DROP TABLE IF EXISTS events')
    await setup.end()
  })
  await setup.query('DROP TABLE IF EXISTS events; CREATE TABLE events (id ksuid, at timestamptz_ns)')
  const AsyncFunction = (async () => {}).constructor
  const req = (m) => m === 'pg-fastevent' ? fastevent : require(m)
  await new AsyncFunction('require', block)(req)
}
module.exports = { runReadmeBlock }
