'use strict'
// What the server tests share.
const fastevent = require('..')
const { TimestampNS, ksuidFromBytes } = fastevent

const ROWS = 10000

// the values: both range ends, the infinities, nil and max KSUIDs, the
// epoch, then random ones from CLIENT_SEED
function values () {
  let x = BigInt(process.env.CLIENT_SEED || '0') | 1n
  const next = () => {
    x ^= x << 13n; x &= 0xffffffffffffffffn
    x ^= x >> 7n
    x ^= x << 17n; x &= 0xffffffffffffffffn
    return x
  }
  const K = (b) => ksuidFromBytes(b)
  const nil = fastevent.KSUID_NIL; const max = fastevent.KSUID_MAX
  const v = [[nil, 0n], [max, TimestampNS.MIN.ns], [nil, TimestampNS.MAX.ns],
    [max, TimestampNS.NEG_INFINITY.ns], [nil, TimestampNS.INFINITY.ns], [max, -1n]]
  const range = TimestampNS.MAX.ns - TimestampNS.MIN.ns + 1n
  while (v.length < ROWS) {
    const b = Buffer.alloc(24)
    b.writeBigUInt64BE(next(), 0); b.writeBigUInt64BE(next(), 8); b.writeBigUInt64BE(next(), 16)
    v.push([K(b.subarray(0, 20)), TimestampNS.MIN.ns + next() % range])
  }
  return v
}

module.exports = { values, ROWS }
