package cli

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
)

// progressMinFiles: smaller runs finish before a bar would be worth seeing.
const progressMinFiles = 200

// progress draws "linting N/M files" on one terminal line, at most ten
// times a second, and erases it when the run is over.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	last  time.Time
	now   func() time.Time
	drawn bool
}

// newProgress returns a progress line for a run of total files, or nil when
// there should be none: only the human text format, only on a terminal,
// only for big runs. Machine formats and redirected stderr never get one.
func newProgress(formatName string, stderr io.Writer, total int, disabled bool) *progress {
	if disabled || formatName != "text" || total < progressMinFiles || !isTerminal(stderr) {
		return nil
	}
	return &progress{w: stderr, total: total, now: time.Now}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// update is safe to call from the runner's workers.
func (p *progress) update(done int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t := p.now(); done < p.total && t.Sub(p.last) < 100*time.Millisecond {
		return
	} else {
		p.last = t
	}
	fmt.Fprintf(p.w, "\rlinting %d/%d files (%d%%)", done, p.total, done*100/p.total)
	p.drawn = true
}

// clear erases the line so that diagnostics start on a clean one.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
