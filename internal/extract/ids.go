package extract

import "strconv"

func entityID(i int) string { return "e" + strconv.Itoa(i+1) }

func itoa(i int) string { return strconv.Itoa(i) }
