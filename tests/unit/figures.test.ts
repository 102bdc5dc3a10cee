import { describe, expect, it } from 'vitest'
import { figures, resolveFigures } from '../../lib/figures'
import { realData } from './helpers'

// Expected values are worked out by hand from the rows of data/*.csv.
describe('figures quoted on the evidence slides', () => {
  it('come from the data (hand-checked)', () => {
    const f = figures(realData, 'en')
    expect(f['speed.vggPtOverTf']).toBe('1.8×') // 119 / 66 = 1.803
    expect(f['speed.mobilePtOverTf']).toBe('2.1×') // 463 / 216 = 2.144
    expect(f['speed.ptMaxGap']).toBe('17%') // 1 - 463 / 557 = 16.9%
    expect(f['speed.ptFastest']).toBe('3')
    expect(f['operators.postTotal']).toBe('8,363')
    expect(f['operators.postAliases']).toBe('4,445')
    expect(f['operators.postAliasShare']).toBe('53%')
    expect(f['operators.postPrimary']).toBe('3,918')
    expect(f['operators.lastPrimary']).toBe('1,946')
    expect(f['operators.ptOperators']).toBe('1,200+')
    expect(f['operators.ptOverloads']).toBe('2,000+')
    expect(f['models.tv3']).toBe('15')
    // PyTorch over TensorFlow: ahead on all six, but on AlexNet by 1547 - 1422 = 125, inside PyTorch's ± 316.
    expect(f['speed.ptWinsTf']).toBe('5')
    expect(f['speed.ptTiesTf']).toBe('1')
    expect(f['speed.ptLossesTf']).toBe('0')
    expect(f['speed.tiedModels']).toBe('AlexNet')
    // data/pypi.csv: torch 23,190,107 > tensorflow 22,594,480 in the snapshot of 2024-04-01, ahead ever since;
    // the last row (2026-04-01): 87,347,847 / 22,653,919 = 3.86; ClickHouse from the snapshot of 2025-07-05.
    expect(f['pypi.crossing']).toBe('1 Apr 2024')
    expect(f['pypi.latest']).toBe('1 Apr 2026')
    expect(f['pypi.ptLatest']).toBe('87.3 million')
    expect(f['pypi.tfLatest']).toBe('22.7 million')
    expect(f['pypi.jaxLatest']).toBe('19.2 million')
    expect(f['pypi.ratioLatest']).toBe('3.9×')
    expect(f['pypi.change']).toBe('Jul 2025')
    // GNMTv2 and NCF were run on TensorFlow and PyTorch only.
    expect(f['speed.twoWayModels']).toBe('GNMTv2 and NCF')
    // 2019 pooled: 127+294+146+263+86+76+73+182 PyTorch-only vs 50+148+38+112+86+76+33+104 TensorFlow-only.
    expect(f['conf.pt2019']).toBe('1,247')
    expect(f['conf.tf2019']).toBe('647')
    // The 2022 point is ICLR 2022 alone: 1,091 of 1,091 + 208 = 1,299, 84%.
    expect(f['conf.lastYear']).toBe('2022')
    expect(f['conf.lastYearConfs']).toBe('ICLR')
    expect(f['conf.lastYearPt']).toBe('1,091')
    expect(f['conf.lastYearEither']).toBe('1,299')
    expect(f['conf.share2022']).toBe('84%')
    // ... and those 3,388 papers are ICLR 2022's submissions, scraped before the decisions.
    expect(f['conf.lastEditionPapers']).toBe('ICLR 2022 submissions')
    expect(figures(realData, 'zh')['conf.lastEditionPapers']).toBe('ICLR 2022 投稿')
    // 2018 pooled (ACL, CVPR, ECCV, EMNLP, ICLR, ICML, NAACL, NeurIPS): 433 PyTorch only, 671 TensorFlow only.
    expect(f['conf.pt2018']).toBe('433')
    expect(f['conf.tf2018']).toBe('671')
    expect(f['conf.share2018']).toBe('39%')
    // He's data of 2019 (without Google/Facebook authors), not the 2021 data drawn.
    expect(f['he2019.shares']).toBe('CVPR 69%, NAACL 75%, ACL 76%, ICLR 58%, and ICML 56%')
  })

  it('resolves the figures in a slide title as the slide shows them, and names an unknown one', () => {
    expect(resolveFigures('PyTorch passed TensorFlow in <Fig k="conf.crossover" />', realData, 'en')).toBe(
      'PyTorch passed TensorFlow in 2019',
    )
    expect(resolveFigures('TF 2.0 (<When e="tf-2-0" />)', realData, 'en')).toBe('TF 2.0 (Sept 2019)')
    expect(resolveFigures('<When e="bert" />', realData, 'en')).toBe('31 Oct 2018')
    expect(resolveFigures('PyTorch 在 <Fig k="conf.crossover"/> 年反超', realData, 'zh')).toBe('PyTorch 在 2019 年反超')
    expect(() => resolveFigures('<Fig k="conf.share2099" />', realData, 'en')).toThrow(
      /<Fig k="conf.share2099"> is not a figure/,
    )
  })

  it('says "倍" in Chinese where English writes ×', () => {
    const f = figures(realData, 'zh')
    expect(f['speed.vggPtOverTf']).toBe('1.8 倍')
    // A space between Han characters and Latin names, as everywhere else in the Chinese text.
    expect(f['speed.twoWayModels']).toBe('GNMTv2 和 NCF')
    expect(f['he2019.shares']).toBe('CVPR 69%、NAACL 75%、ACL 76%、ICLR 58% 和 ICML 56%')
    expect(f['conf.growthList']).toBe('ACL、CVPR、EMNLP、ICLR、ICML、NAACL、NeurIPS')
  })
})
