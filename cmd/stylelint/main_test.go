package main

import (
	"encoding/hex"
	"flag"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/stylelint-dev/stylelint/internal/cli"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"stylelint": func() { os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end CLI scenarios in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// cmphex FILE HEX compares a file with bytes a txtar cannot hold.
			"cmphex": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: cmphex file hex")
				}
				want, err := hex.DecodeString(args[1])
				ts.Check(err)
				got, err := os.ReadFile(ts.MkAbs(args[0]))
				ts.Check(err)
				if (string(got) == string(want)) == neg {
					ts.Fatalf("%s is %x, want %x", args[0], got, want)
				}
			},
			// writehex FILE HEX writes bytes a txtar file cannot hold.
			"writehex": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writehex file hex")
				}
				data, err := hex.DecodeString(args[1])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
			},
		},
	})
}
