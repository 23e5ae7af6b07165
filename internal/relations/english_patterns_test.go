package relations

import "testing"

// English patterns, published Monday 8 February 2021 like the French ones:
// the same predicates and CAMEO codes, English word order.
func TestEnglishVerbPatterns(t *testing.T) {
	runPatterns(t, []patternCase{
		{"met", "Emmanuel Macron met Olaf Scholz in Berlin on Thursday.",
			[]string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-04"}, "event"},
		{"met with", "Emmanuel Macron met with Olaf Scholz on Friday, the Elysee said.",
			[]string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-05"}, "event"},
		{"spoke by phone with", "Emmanuel Macron spoke by phone with Olaf Scholz on Sunday.",
			[]string{"Emmanuel Macron|spoke_with|Olaf Scholz|040||2021-02-07"}, "event"},
		{"discussed with, topics", "Emmanuel Macron and Olaf Scholz discussed Iran and Syria on Monday.",
			[]string{"Emmanuel Macron|spoke_with|Olaf Scholz|040||2021-02-08|about=Iran,Syrie"}, "event"},
		{"held talks with", "Emmanuel Macron held talks with Olaf Scholz in Paris.",
			[]string{"Emmanuel Macron|spoke_with|Olaf Scholz|040||"}, "event"},
		{"hosted", "Emmanuel Macron hosted Olaf Scholz at the Elysee on Monday, February 1.",
			[]string{"Emmanuel Macron|hosted|Olaf Scholz|043||2021-02-01"}, "event"},
		{"visited", "Emmanuel Macron visited Berlin on 3 February 2021.",
			[]string{"Emmanuel Macron|visited|Berlin|042||2021-02-03"}, "event"},
		{"thanked", "Olaf Scholz thanked Emmanuel Macron for his support.",
			[]string{"Olaf Scholz|thanked|Emmanuel Macron|051||"}, "event"},
		{"criticised", "The European Union has criticised Hungary for its media law.",
			[]string{"Union européenne|criticized|Hongrie|111||"}, "event"},
		{"condemned, list", "France, Germany and Italy condemned Russia on Friday.",
			[]string{"France|criticized|Russie|111||2021-02-05", "Allemagne|criticized|Russie|111||2021-02-05", "Italie|criticized|Russie|111||2021-02-05"}, "event"},
		{"accused", "Ukraine accused Russia of shelling civilians yesterday.",
			[]string{"Ukraine|accused|Russie|112||2021-02-07"}, "event"},
		{"urged to", "Germany urged China to release the activists.",
			[]string{"Allemagne|urged|Chine|100||"}, "event"},
		{"called on to", "The United Nations called on Israel to halt the strikes.",
			[]string{"Organisation des Nations unies|urged|Israël|100||"}, "event"},
		{"threatened", "North Korea threatened the United States with nuclear strikes.",
			[]string{"Corée du Nord|threatens|États-Unis|130||"}, "event"},
		{"imposed sanctions on", "The European Union imposed sanctions on Belarus on Tuesday.",
			[]string{"Union européenne|sanctions|Biélorussie|163||2021-02-02"}, "event"},
		{"shared subject", "Israel rejected the report and accused Hamas of lying.",
			[]string{"Israël|accused|Hamas|112||"}, "event"},
	})
}

func TestEnglishStructurePatterns(t *testing.T) {
	runPatterns(t, []patternCase{
		{"passive", "Olaf Scholz was received by Emmanuel Macron at the Elysee.",
			[]string{"Emmanuel Macron|hosted|Olaf Scholz|043||"}, "event"},
		{"passive needs by", "Olaf Scholz was received at the Elysee on Monday.", nil, "event"},
		{"relative who", "Viktor Orban, who was received by Vladimir Putin, criticised the European Union.",
			[]string{"Vladimir Poutine|hosted|Viktor Orban|043||", "Viktor Orban|criticized|Union européenne|111||"}, "event"},
		{"apposition", "Antony Blinken, the secretary of state, met Sergei Lavrov in Geneva.",
			[]string{"Antony Blinken|met|Sergueï Lavrov|040||"}, "event"},
		{"title before", "Russian President Vladimir Putin met U.S. President Joe Biden in Geneva.",
			[]string{"Vladimir Poutine|met|Joe Biden|040||"}, "event"},
		{"pronoun", "Emmanuel Macron arrived in Berlin on Monday. He later met Olaf Scholz.",
			[]string{"Emmanuel Macron|met|Olaf Scholz|040||"}, "event"},
		{"the two leaders", "Joe Biden spoke with Emmanuel Macron. The two leaders discussed Iran.",
			[]string{"Joe Biden|spoke_with|Emmanuel Macron|040||", "Joe Biden|spoke_with|Emmanuel Macron|040|||about=Iran"}, "event"},
		{"complement is no object", "Antony Blinken condemned the attack on a school in Gaza.", nil, "event"},
		{"owner of a judged act", "Antony Blinken criticised China's decision to expel the journalists.",
			[]string{"Antony Blinken|criticized|Chine|111||"}, "event"},
		{"reduced relative", "The sanctions backed by France hit Iran hard, the minister said.", nil, "event"},
	})
}

func TestEnglishModalityPatterns(t *testing.T) {
	runPatterns(t, []patternCase{
		{"negated", "Emmanuel Macron did not meet Olaf Scholz on Monday.", nil, "event"},
		{"never", "Germany has never criticised China over the issue.", nil, "event"},
		{"refused to", "Viktor Orban refused to condemn Russia at the summit.", nil, "event"},
		{"will", "Emmanuel Macron will visit Berlin next Tuesday.",
			[]string{"Emmanuel Macron|visited|Berlin|042|future|2021-02-09"}, "event"},
		{"expected to", "Joe Biden is expected to meet Vladimir Putin in Geneva on Wednesday.",
			[]string{"Joe Biden|met|Vladimir Poutine|040|future|2021-02-10"}, "event"},
		{"could", "Emmanuel Macron could meet Vladimir Putin in Moscow.",
			[]string{"Emmanuel Macron|met|Vladimir Poutine|040|hedged|"}, "event"},
		{"wants to", "Emmanuel Macron wants to meet Vladimir Putin in the spring.",
			[]string{"Emmanuel Macron|met|Vladimir Poutine|040|hedged|"}, "event"},
		{"invited to", "Emmanuel Macron invited Olaf Scholz to visit Paris.", nil, "event"},
		{"reported denial", "Hungary denied that it had criticised the European Union.", nil, "event"},
	})
}

func TestEnglishStatementPatterns(t *testing.T) {
	runPatterns(t, []patternCase{
		{"X said", `"We are ready for talks," Emmanuel Macron said on Monday.`,
			[]string{"Emmanuel Macron|said|We are ready for talks"}, "said"},
		{"said X", `"We are ready for talks," said Emmanuel Macron.`,
			[]string{"Emmanuel Macron|said|We are ready for talks"}, "said"},
		{"told", `"We are ready for talks," Emmanuel Macron told reporters in Paris.`,
			[]string{"Emmanuel Macron|said|We are ready for talks"}, "said"},
		{"title said", `"We are ready for talks," French President Emmanuel Macron said.`,
			[]string{"Emmanuel Macron|said|We are ready for talks"}, "said"},
		{"colon", `Emmanuel Macron said: "We are ready for talks."`,
			[]string{"Emmanuel Macron|said|We are ready for talks."}, "said"},
		{"according to", `According to Emmanuel Macron, "the talks are going well."`,
			[]string{"Emmanuel Macron|said|the talks are going well."}, "said"},
		{"he added", `"We are ready for talks," Emmanuel Macron said. "Europe must stand together," he added.`,
			[]string{"Emmanuel Macron|said|We are ready for talks", "Emmanuel Macron|said|Europe must stand together"}, "said"},
		{"he said, the one person before", `Emmanuel Macron arrived in Berlin on Monday. "Europe must stand together," he said.`,
			[]string{"Emmanuel Macron|said|Europe must stand together"}, "said"},
		{"the minister said", `French Foreign Minister Jean-Noel Barrot arrived in Kyiv on Monday. "We will stand with Ukraine," the minister said.`,
			[]string{"Jean-Noel Barrot|said|We will stand with Ukraine"}, "said"},
		{"the minister, two of them", `French Foreign Minister Jean-Noel Barrot met German Foreign Minister Annalena Baerbock. "We will stand with Ukraine," the minister said.`,
			nil, "said"},
		{"not said", `"We are ready for talks," Emmanuel Macron did not say.`, nil, "said"},
	})
}
