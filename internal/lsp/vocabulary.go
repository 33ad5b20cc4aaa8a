package lsp

import (
	"regexp"
	"strings"
)

// vocabularyKey is a top-level `vocabulary:` key and what follows it on
// its line.
var vocabularyKey = regexp.MustCompile(`(?m)^vocabulary:[ \t]*(.*?)[ \t]*(#.*)?$`)

// isWord: what the vocabulary can hold, a word as it is flagged (letters,
// digits, apostrophes, hyphens; no spaces, no line).
var isWord = regexp.MustCompile(`^[\pL\pN][\pL\pN'’.-]*$`)

// vocabularyEdit is the edit of a config's text that adds word to its
// vocabulary, keeping the rest of the file (comments, order) as it is:
// into a block list after the key, into a one-line flow list, or a new
// key at the end. ok is false when the key's value is a form it does not
// edit safely (a flow list over several lines, an anchor, a scalar).
func vocabularyEdit(text, word string) (start, end int, newText string, ok bool) {
	quoted := yamlString(word)
	loc := vocabularyKey.FindStringSubmatchIndex(text)
	if loc == nil {
		sep := ""
		if text != "" && !strings.HasSuffix(text, "\n") {
			sep = "\n"
		}
		return len(text), len(text), sep + "vocabulary:\n  - " + quoted + "\n", true
	}
	value := ""
	if loc[2] >= 0 {
		value = text[loc[2]:loc[3]]
	}
	switch {
	case value == "":
		// A block list (or nothing) follows: the new item goes first, with
		// the indentation of the items there.
		lineEnd := loc[1]
		indent := "  "
		if lineEnd < len(text) {
			next := text[lineEnd+1:]
			trimmed := strings.TrimLeft(next, " ")
			if strings.HasPrefix(trimmed, "- ") {
				indent = next[:len(next)-len(trimmed)]
			}
		}
		if lineEnd >= len(text) {
			return len(text), len(text), "\n" + indent + "- " + quoted + "\n", true
		}
		return lineEnd + 1, lineEnd + 1, indent + "- " + quoted + "\n", true
	case value == "[]":
		return loc[2], loc[3], "[" + quoted + "]", true
	case strings.HasPrefix(value, "[") && strings.HasSuffix(value, "]"):
		return loc[3] - 1, loc[3] - 1, ", " + quoted, true
	}
	return 0, 0, "", false
}

var plainScalar = regexp.MustCompile(`^[\pL][\pL\pN'’.-]*$`)

// yamlString writes a word as a YAML scalar: plain when YAML reads it back
// as the same string, double-quoted otherwise (yes, no, 1e3, null...).
func yamlString(w string) string {
	switch strings.ToLower(w) {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~":
		return `"` + w + `"`
	}
	if plainScalar.MatchString(w) {
		return w
	}
	return `"` + strings.ReplaceAll(w, `"`, `\"`) + `"`
}
