--
-- Soft input errors (PostgreSQL 16 and later, where this test runs):
-- pg_input_is_valid() and pg_input_error_info() see bad input without an
-- error being raised
--
\pset format unaligned
\pset tuples_only on
SELECT pg_input_is_valid('0ujtsYcgvSTl8PAuAdqWYSMnLOv', 'ksuid'), pg_input_is_valid('0ujtsYcgvSTl8PAuAdqWYSMnLO', 'ksuid');
SELECT message, sql_error_code FROM pg_input_error_info('aWgEPTl1tmebfsQzFP4bxwgy80W', 'ksuid');
SELECT message, sql_error_code FROM pg_input_error_info('0ujtsYcgvSTl8PAuAdqWYSMn-Ov', 'ksuid');
SELECT pg_input_is_valid('2024-03-05 06:07:08.123456789+00', 'timestamptz_ns'), pg_input_is_valid('2024-02-30', 'timestamptz_ns');
SELECT message, sql_error_code FROM pg_input_error_info('2024-02-30 00:00:00+00', 'timestamptz_ns');
SELECT message, sql_error_code FROM pg_input_error_info('2024-01-01 00:00:00+16', 'timestamptz_ns');
SELECT message, sql_error_code FROM pg_input_error_info('garbage', 'timestamptz_ns');
SELECT message, sql_error_code FROM pg_input_error_info('Jan 45 2024', 'timestamptz_ns');
SELECT message, sql_error_code FROM pg_input_error_info('2262-04-12 00:00:00+00', 'timestamptz_ns');
SELECT message, sql_error_code FROM pg_input_error_info('Jan 1 3000 UTC', 'timestamptz_ns');
SELECT message, sql_error_code FROM pg_input_error_info('1704067200', 'timestamptz_ns');
