package kg

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// InternalError is a panic caught while working on one article: a bug in
// the program, not a fault of the input. The article is refused, the rest of
// its batch goes on, and Stack keeps the whole story for a developer.
type InternalError struct {
	Value any    // what was passed to panic
	Frame string // where it happened: "internal/relations/pronouns.go:20 relations.(*work).pronounSubject"
	Stack string
}

// Recovered makes an InternalError of what recover returned. Call it in the
// deferred function that recovered, so that the stack is the panic's.
func Recovered(v any) *InternalError {
	return &InternalError{Value: v, Frame: panicFrame(), Stack: string(debug.Stack())}
}

func (e *InternalError) Error() string {
	if e.Frame == "" {
		return fmt.Sprintf("panic: %v", e.Value)
	}
	return fmt.Sprintf("panic: %v (at %s)", e.Value, e.Frame)
}

// panicFrame returns the first frame below the panic that is not the
// runtime's: the code that panicked.
func panicFrame() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	panicking := false
	for {
		f, more := frames.Next()
		if f.Function == "runtime.gopanic" || strings.HasPrefix(f.Function, "runtime.panic") || f.Function == "runtime.sigpanic" {
			panicking = true
		} else if panicking && !strings.HasPrefix(f.Function, "runtime.") {
			return shortFile(f.File) + ":" + fmt.Sprint(f.Line) + " " + shortFunc(f.Function)
		}
		if !more {
			return ""
		}
	}
}

// shortFile keeps a path from the module's internal/ or cmd/ folder on:
// enough to find the line, without the machine's layout.
func shortFile(path string) string {
	for _, dir := range []string{"/internal/", "/cmd/"} {
		if i := strings.LastIndex(path, dir); i >= 0 {
			return path[i+1:]
		}
	}
	if i := strings.LastIndex(path, "/"); i >= 0 {
		return path[i+1:]
	}
	return path
}

// shortFunc drops the import path of a function name.
func shortFunc(name string) string {
	if i := strings.LastIndex(name, "/"); i >= 0 {
		return name[i+1:]
	}
	return name
}
