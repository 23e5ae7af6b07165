package extract

import "strconv"

func itoa(i int) string { return strconv.Itoa(i) }

// atoi reads the entity index relations write as a decimal string.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
