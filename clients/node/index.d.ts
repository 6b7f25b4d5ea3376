// fastevent's types for node-postgres: see index.js and the README.

/** An instant to the nanosecond: nanoseconds since 1970-01-01 UTC. */
export declare class TimestampNS {
  constructor (ns: bigint)
  readonly ns: bigint
  readonly isFinite: boolean
  static fromDate (date: Date, nanos?: number): TimestampNS
  /** The server's text form (DateStyle ISO, any TimeZone). */
  static parse (text: string): TimestampNS
  /** Throws a RangeError if digits below the millisecond would be lost, unless allowLoss. */
  toDate (options?: { allowLoss?: boolean }): Date
  toString (): string
  toISOString (): string
  toJSON (): string
  toPostgres (): string
  equals (other: unknown): boolean
  static compare (a: TimestampNS, b: TimestampNS): number
  static readonly INFINITY: TimestampNS
  static readonly NEG_INFINITY: TimestampNS
  static readonly MIN: TimestampNS
  static readonly MAX: TimestampNS
}

export declare function ksuidToBytes (text: string): Buffer
export declare function ksuidFromBytes (bytes: Uint8Array): string
export declare function ksuidTime (text: string): Date
export declare const KSUID_NIL: string
export declare const KSUID_MAX: string

export interface TypeOIDs {
  ksuid: { oid: number, array: number }
  timestamptz_ns: { oid: number, array: number }
}

interface Queryable {
  query (text: string): Promise<{ rows: any[] }>
}

interface TypeParserSource {
  getTypeParser (oid: number, format?: 'text' | 'binary'): (value: any) => any
}

/** Looks the OIDs up, then sets the parsers on this one client. */
export declare function register (client: Queryable & {
  setTypeParser (oid: number, format: 'text' | 'binary', parse: (value: any) => any): void
}): Promise<TypeOIDs>
export declare function lookup (queryable: Queryable): Promise<TypeOIDs>
/** For new pg.Pool({ types }) or new pg.Client({ types }). */
export declare function types (oids: TypeOIDs, base?: TypeParserSource): TypeParserSource
export declare function parseArray<T> (text: string, parse: (element: string) => T): any[]
