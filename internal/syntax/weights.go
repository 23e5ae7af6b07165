package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Features are 32-bit hashes of a template id and the values it joins.
// Values are 64-bit hashes of strings or small integers; mixing them
// allocates nothing.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hstr hashes a string (FNV-1a).
func hstr(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func mix(h, x uint64) uint64 {
	h ^= x + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

func key(h uint64) uint32 {
	h *= 0x94d049bb133111eb
	k := uint32(h>>32) ^ uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

func f1(t, a uint64) uint32       { return key(mix(t, a)) }
func f2(t, a, b uint64) uint32    { return key(mix(mix(t, a), b)) }
func f3(t, a, b, c uint64) uint32 { return key(mix(mix(mix(t, a), b), c)) }

// trainer is a multi-class averaged perceptron whose weights are sparse
// over classes: a feature keeps a weight only for the classes an update
// touched (a parser has about a hundred classes, most features see a
// few). Weights are integers, so that training is exact and the same
// inputs give the same bits.
type trainer struct {
	nClass int
	index  map[uint32]int32 // feature -> first entry of its list
	ents   []entry
	t      int32 // instances seen, for averaging
}

type entry struct {
	next int32
	cls  uint16
	w    int32
	acc  int64
	ts   int32
}

func newTrainer(nClass int) *trainer {
	return &trainer{nClass: nClass, index: map[uint32]int32{}, t: 1}
}

// score adds the weights of feats to scores (len nClass).
func (tr *trainer) score(feats []uint32, scores []float64) {
	clear(scores)
	for _, f := range feats {
		e, ok := tr.index[f]
		if !ok {
			continue
		}
		for e >= 0 {
			en := &tr.ents[e]
			scores[en.cls] += float64(en.w)
			e = en.next
		}
	}
}

// update adds delta to the weight of class c for every feature.
func (tr *trainer) update(feats []uint32, c int, delta int32) {
	for _, f := range feats {
		head, ok := tr.index[f]
		if !ok {
			head = -1
		}
		e := head
		for e >= 0 && int(tr.ents[e].cls) != c {
			e = tr.ents[e].next
		}
		if e < 0 {
			e = int32(len(tr.ents))
			tr.ents = append(tr.ents, entry{next: head, cls: uint16(c), ts: tr.t})
			tr.index[f] = e
		}
		en := &tr.ents[e]
		en.acc += int64(tr.t-en.ts) * int64(en.w)
		en.ts = tr.t
		en.w += delta
	}
}

// tick counts one training instance.
func (tr *trainer) tick() { tr.t++ }

// freeze averages the weights, quantises them to 16 bits and drops those
// that round to zero (and features left with none).
func (tr *trainer) freeze() *weights {
	type fe struct {
		key  uint32
		ents []qent
	}
	avg := make([]float64, len(tr.ents))
	maxAbs := 0.0
	for i, en := range tr.ents {
		a := float64(en.acc+int64(tr.t-en.ts)*int64(en.w)) / float64(tr.t)
		avg[i] = a
		maxAbs = math.Max(maxAbs, math.Abs(a))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	keys := make([]uint32, 0, len(tr.index))
	for k := range tr.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var feats []fe
	for _, k := range keys {
		var es []qent
		for e := tr.index[k]; e >= 0; e = tr.ents[e].next {
			q := math.Round(avg[e] / scale)
			if q != 0 {
				es = append(es, qent{cls: tr.ents[e].cls, w: int16(q)})
			}
		}
		if len(es) == 0 {
			continue
		}
		slices.SortFunc(es, func(a, b qent) int { return int(a.cls) - int(b.cls) })
		feats = append(feats, fe{k, es})
	}
	w := &weights{nClass: tr.nClass, scale: float32(scale)}
	w.alloc(len(feats))
	for _, f := range feats {
		w.add(f.key, f.ents)
	}
	return w
}

// weights is a frozen model: an open-addressing table from feature to
// its run of (class, weight) entries. A model with few classes keeps
// them inline instead, beside the key, so that a lookup touches one cache
// line: tagging and parsing spend most of their time in lookups.
type weights struct {
	nClass int
	scale  float32
	slots  []wslot
	mask   uint32
	ents   []qent
	n      int // features
	// dense (nClass <= maxDense): slot i is dense[i*stride:], the key's
	// two halves then the nClass weights.
	dense  []int16
	stride int
}

const maxDense = 20

type wslot struct {
	key   uint32
	start uint32
	n     uint32
}

type qent struct {
	cls uint16
	w   int16
}

func (w *weights) alloc(n int) {
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	w.mask = uint32(size - 1)
	if w.nClass <= maxDense {
		w.stride = w.nClass + 2
		w.dense = make([]int16, size*w.stride)
		return
	}
	w.slots = make([]wslot, size)
}

func (w *weights) denseKey(i uint32) uint32 {
	d := w.dense[int(i)*w.stride:]
	return uint32(uint16(d[0])) | uint32(uint16(d[1]))<<16
}

func (w *weights) add(k uint32, es []qent) {
	w.n++
	i := k & w.mask
	if w.dense != nil {
		for w.denseKey(i) != 0 {
			i = (i + 1) & w.mask
		}
		d := w.dense[int(i)*w.stride:]
		d[0], d[1] = int16(uint16(k)), int16(uint16(k>>16))
		for _, e := range es {
			d[2+int(e.cls)] = e.w
		}
		return
	}
	for w.slots[i].key != 0 {
		i = (i + 1) & w.mask
	}
	w.slots[i] = wslot{key: k, start: uint32(len(w.ents)), n: uint32(len(es))}
	w.ents = append(w.ents, es...)
}

// score sets scores (len nClass) to the summed quantised weights of feats.
// It first reads every feature's home slot, then resolves them: the reads
// are independent, so their cache misses overlap instead of queueing.
func (w *weights) score(feats []uint32, scores []int32) {
	clear(scores)
	for len(feats) > 0 {
		n := min(len(feats), batch)
		if w.dense != nil {
			w.scoreDense(feats[:n], scores)
		} else {
			w.scoreSparse(feats[:n], scores)
		}
		feats = feats[n:]
	}
}

const batch = 128

func (w *weights) scoreDense(feats []uint32, scores []int32) {
	var home [batch]uint32
	st := w.stride
	for j, f := range feats {
		home[j] = w.denseKey(f & w.mask)
	}
	for j, f := range feats {
		i := f & w.mask
		k := home[j]
		for k != f && k != 0 {
			i = (i + 1) & w.mask
			k = w.denseKey(i)
		}
		if k == 0 {
			continue
		}
		for c, x := range w.dense[int(i)*st+2 : int(i)*st+2+w.nClass] {
			scores[c] += int32(x)
		}
	}
}

func (w *weights) scoreSparse(feats []uint32, scores []int32) {
	var home [batch]uint32
	for j, f := range feats {
		home[j] = w.slots[f&w.mask].key
	}
	for j, f := range feats {
		i := f & w.mask
		k := home[j]
		for k != f && k != 0 {
			i = (i + 1) & w.mask
			k = w.slots[i].key
		}
		if k == 0 {
			continue
		}
		s := &w.slots[i]
		for _, e := range w.ents[s.start : s.start+s.n] {
			scores[e.cls] += int32(e.w)
		}
	}
}

// each calls fn for every feature and its non-zero weights, in no order.
func (w *weights) each(fn func(key uint32, es []qent)) {
	if w.dense != nil {
		var es []qent
		for i := 0; i <= int(w.mask); i++ {
			k := w.denseKey(uint32(i))
			if k == 0 {
				continue
			}
			es = es[:0]
			for c, x := range w.dense[i*w.stride+2 : i*w.stride+2+w.nClass] {
				if x != 0 {
					es = append(es, qent{cls: uint16(c), w: x})
				}
			}
			fn(k, es)
		}
		return
	}
	for _, s := range w.slots {
		if s.key != 0 {
			fn(s.key, w.ents[s.start:s.start+s.n])
		}
	}
}

// write serialises w: features sorted by key, keys delta-coded, entries
// as (class, weight) varints.
func (w *weights) write(bw *bufio.Writer) error {
	type kv struct {
		key uint32
		es  []qent
	}
	var all []kv
	w.each(func(k uint32, es []qent) { all = append(all, kv{k, slices.Clone(es)}) })
	slices.SortFunc(all, func(a, b kv) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) {
		n := binary.PutUvarint(buf[:], x)
		bw.Write(buf[:n])
	}
	put(uint64(w.nClass))
	put(uint64(math.Float32bits(w.scale)))
	put(uint64(len(all)))
	prev := uint32(0)
	for _, f := range all {
		put(uint64(f.key - prev))
		prev = f.key
		put(uint64(len(f.es)))
		pc := uint16(0)
		for _, e := range f.es {
			put(uint64(e.cls - pc))
			pc = e.cls
			n := binary.PutVarint(buf[:], int64(e.w))
			bw.Write(buf[:n])
		}
	}
	return nil
}

var errCorrupt = errors.New("corrupt model")

// varReader reads varints and remembers the first error.
type varReader struct {
	r   *bufio.Reader
	err error
}

func (v *varReader) uvarint() uint64 {
	if v.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(v.r)
	if err != nil {
		v.err = errCorrupt
	}
	return x
}

func (v *varReader) varint() int64 {
	if v.err != nil {
		return 0
	}
	x, err := binary.ReadVarint(v.r)
	if err != nil {
		v.err = errCorrupt
	}
	return x
}

func readWeights(v *varReader) (*weights, error) {
	w := &weights{nClass: int(v.uvarint())}
	w.scale = math.Float32frombits(uint32(v.uvarint()))
	n := int(v.uvarint())
	if v.err != nil || n > 1<<26 || w.nClass > 1<<16 {
		return nil, fmt.Errorf("weights: %w", errCorrupt)
	}
	w.alloc(n)
	key := uint32(0)
	var es []qent
	for range n {
		key += uint32(v.uvarint())
		m := int(v.uvarint())
		if m > w.nClass {
			return nil, fmt.Errorf("weights: %w", errCorrupt)
		}
		es = es[:0]
		cls := uint16(0)
		for range m {
			cls += uint16(v.uvarint())
			x := v.varint()
			if int(cls) >= w.nClass {
				return nil, fmt.Errorf("weights: %w", errCorrupt)
			}
			es = append(es, qent{cls: cls, w: int16(x)})
		}
		if v.err != nil {
			return nil, fmt.Errorf("weights: %w", v.err)
		}
		w.add(key, es)
	}
	return w, nil
}

// argmaxAllowed returns the best class c with ok(c), or -1.
func argmaxAllowed(scores []int32, ok func(int) bool) int {
	best := -1
	for c, s := range scores {
		if ok != nil && !ok(c) {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}
