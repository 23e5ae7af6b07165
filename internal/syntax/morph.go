package syntax

// Morphology feature templates: every one is joined with the word's UPOS,
// since a word's features are chosen among the bundles seen with its tag.
const (
	mBias uint64 = iota + 200
	mW
	mSuf
	mShape
	mWm1
	mWm2
	mWp1
	mTm1
	mTp1
	mWm2Wm1
	mWm1Suf
	mTm1Suf
	mTp1Suf
	mAmb
	mTm2
)

func tagAt(tags []UPOS, i int) uint64 {
	switch {
	case i < 0:
		return 98
	case i >= len(tags):
		return 99
	}
	return uint64(tags[i])
}

func morphFeats(v []info, i int, tags []UPOS, out []uint32) []uint32 {
	x := &v[i]
	p := uint64(tags[i])
	return append(out,
		f2(mBias, p, 0),
		f2(mW, p, x.w),
		f2(mSuf, p, x.suf[0]), f2(mSuf, p, x.suf[1]), f2(mSuf, p, x.suf[2]), f2(mSuf, p, x.suf[3]), f2(mSuf, p, x.suf[4]),
		f2(mShape, p, x.shape),
		f2(mWm1, p, wordAt(v, i-1)),
		f2(mWm2, p, wordAt(v, i-2)),
		f2(mWp1, p, wordAt(v, i+1)),
		f2(mTm1, p, tagAt(tags, i-1)),
		f2(mTm2, p, tagAt(tags, i-2)),
		f2(mTp1, p, tagAt(tags, i+1)),
		f3(mWm2Wm1, p, wordAt(v, i-2), wordAt(v, i-1)),
		f3(mWm1Suf, p, wordAt(v, i-1), x.suf[1]),
		f3(mTm1Suf, p, tagAt(tags, i-1), x.suf[2]),
		f3(mTp1Suf, p, tagAt(tags, i+1), x.suf[2]),
		f2(mAmb, p, ambAt(v, i)),
	)
}

// tagMorph chooses each word's feature bundle among those seen with its
// tag.
func (m *Model) tagMorph(v []info, tags []UPOS, bundles []uint16, buf []uint32, scores []int32) []uint32 {
	for i := range v {
		cands := m.allowed[tags[i]]
		switch len(cands) {
		case 0:
			bundles[i] = 0
			continue
		case 1:
			bundles[i] = cands[0]
			continue
		}
		buf = morphFeats(v, i, tags, buf[:0])
		m.morph.score(buf, scores)
		best := cands[0]
		for _, c := range cands[1:] {
			if scores[c] > scores[best] {
				best = c
			}
		}
		bundles[i] = best
	}
	return buf
}
