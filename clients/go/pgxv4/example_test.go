package pgxv4_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/fastevent/fastevent/clients/go/pgxv4"
	"github.com/jackc/pgx/v4"
	"github.com/segmentio/ksuid"
)

// The README's Go example is the code between the markers below, run here.
func readmeExample(ctx context.Context) error {
	// README begin
	conn, err := pgx.Connect(ctx, "")
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	if err := pgxv4.Register(ctx, conn); err != nil { // or pgxv5.Register
		return err
	}
	id, at := ksuid.New(), time.Now() // any Location: the instant is kept
	if _, err := conn.Exec(ctx, "INSERT INTO events (id, at) VALUES ($1, $2)", id, at); err != nil {
		return err
	}
	var back time.Time
	var ns int64
	err = conn.QueryRow(ctx, "SELECT at, at FROM events WHERE id = $1", id).Scan(&back, &ns)
	if err != nil || !back.Equal(at) || ns != at.UnixNano() {
		return fmt.Errorf("%v %d, want %v: %v", back, ns, at, err) // every nanosecond
	}
	// README end
	return nil
}

func TestReadmeExample(t *testing.T) {
	ctx := context.Background()
	if os.Getenv("PGHOST") == "" {
		t.Fatal("no server: set PGHOST and the other PG* variables (make test does)")
	}
	setup, err := pgx.Connect(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	defer setup.Close(ctx)
	if _, err := setup.Exec(ctx, `SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS fastevent;
		DROP TABLE IF EXISTS events; CREATE TABLE events (id ksuid, at timestamptz_ns)`); err != nil {
		t.Fatal(err)
	}
	if err := readmeExample(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := setup.Exec(ctx, "DROP TABLE events"); err != nil {
		t.Fatal(err)
	}

	// and the README shows this very code
	src, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	code := string(src)
	code = code[strings.Index(code, "// README begin\n")+len("// README begin\n") : strings.Index(code, "\t// README end")]
	code = strings.ReplaceAll("\n"+code, "\n\t", "\n")[1:]
	block := string(readme)
	block = block[strings.Index(block, "### Go (pgx"):]
	block = block[strings.Index(block, "```go\n")+len("```go\n"):]
	block = block[:strings.Index(block, "```")]
	if code != block {
		t.Fatalf("the README's Go example is not the tested one:\n%s\n---\n%s", block, code)
	}
}
