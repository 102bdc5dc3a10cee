import type { EChartsOption } from 'echarts'
import type { Row } from '../data/schema'
import type { ChartEnv, ChartModel } from './common'
import { dataKey } from '../i18n'
import { escapeHtml } from '../table'
import { defineChart, tall } from './spec'

type Model = Row<'models'>
const NO_TASK = '—'

export interface ModelGroup {
  label: string
  framework: Model['framework']
  listed: Model[]
}

/** One bar per TensorFlow folder list, one per torchvision task (0.4 kept apart): the groups the sources use. */
export function modelGroups(models: Model[], env: Pick<ChartEnv, 't' | 'locale'>): ModelGroup[] {
  const { t } = env
  // A task is a free-text cell: its message is checked here, naming the first row that has it.
  const taskLabel = (task: string, row: Model) =>
    task === NO_TASK
      ? task
      : t(dataKey('models.task.', task, `data/models.csv row collection=${row.collection}, name=${row.name}`))
  const group = (label: string, items: Model[]): ModelGroup => ({
    label,
    framework: items[0].framework,
    listed: items,
  })
  const groups: ModelGroup[] = []
  const tf = (c: Model['collection'], label: string) => {
    const items = models.filter(m => m.collection === c)
    if (items.length) groups.push(group(label, items))
  }
  tf('tf-official', t('models.tfOfficial'))
  tf('tf-research', t('models.tfResearch'))
  for (const c of ['torchvision-0.3', 'torchvision-0.4'] as const) {
    const items = models.filter(m => m.collection === c)
    for (const task of [...new Set(items.map(m => m.task ?? NO_TASK))]) {
      const inTask = items.filter(m => (m.task ?? NO_TASK) === task)
      groups.push(
        group(t('models.tv', { version: c.slice('torchvision-'.length), task: taskLabel(task, inTask[0]) }), inTask),
      )
    }
  }
  return groups
}

export function modelsChart(models: Model[], env: ChartEnv): ChartModel {
  const { t, palette: p } = env
  const groups = modelGroups(models, env)
  const of = (c: Model['collection']) => models.filter(m => m.collection === c)
  const aria = t('models.aria', {
    tf: of('tf-official').length + of('tf-research').length,
    official: of('tf-official').length,
    research: of('tf-research').length,
    tv3: of('torchvision-0.3').length,
    tasks: new Set(of('torchvision-0.3').map(m => m.task)).size,
    tv4: of('torchvision-0.4').length,
  })

  // Bars run top to bottom in reading order; ECharts draws category axes bottom-up, hence the reverse.
  const shown = [...groups].reverse()
  const names = (ms: Model[]) => ms.map(m => m.name)
  const tooltip = (i: number) => {
    const g = shown[i]
    const list = (items: Model[]) => escapeHtml(names(items).join(', ')).replace(/(([^,]*,){6})/g, '$1<br>')
    return [`<b>${escapeHtml(g.label)}</b>`, list(g.listed)].join('<br>')
  }

  const option = {
    // No containLabel: ECharts 6 keeps axis labels inside the chart by default (grid.outerBoundsMode 'auto'),
    // and its legacy containLabel clips these long labels.
    grid: { left: 8, right: 40, top: 12, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (d: unknown) => tooltip((d as { dataIndex: number }).dataIndex),
    },
    xAxis: {
      type: 'value',
      name: t('models.xAxis'),
      nameLocation: 'middle',
      nameGap: 26,
      minInterval: 1,
    },
    yAxis: {
      type: 'category',
      data: shown.map(g => g.label),
      axisLabel: { fontSize: 12 },
    },
    series: [
      {
        name: t('models.listed'),
        type: 'bar',
        color: p.muted,
        data: shown.map(g => ({ value: g.listed.length, itemStyle: { color: p[g.framework] } })),
        label: { show: true, position: 'right', fontSize: 12, fontWeight: 'bold' },
      },
    ],
  } satisfies EChartsOption

  const table = {
    columns: [t('models.col.collection'), t('models.col.count'), t('models.col.models')],
    rows: groups.map(g => [g.label, g.listed.length, names(g.listed).join(', ')]),
    sources: groups.map(g => [...new Set(g.listed.map(m => m.source))]),
  }
  // ←/→ along a framework's collections in reading order, ↑/↓ between TensorFlow's and PyTorch's.
  const explore = {
    along: t('models.col.collection'),
    measure: t('models.xAxis'),
    groups: (['TensorFlow', 'PyTorch'] as const).map(fw => ({
      name: fw,
      points: groups
        .map((g, i) => ({ g, dataIndex: groups.length - 1 - i }))
        .filter(({ g }) => g.framework === fw)
        .map(({ g, dataIndex }) => ({
          label: g.label,
          value: t('explore.paren', { main: g.listed.length, detail: names(g.listed).join(t('explore.listSep')) }),
          n: g.listed.length,
          seriesIndex: 0,
          dataIndex,
        })),
    })),
  }
  const sources = [...new Set(models.map(m => m.source))]
  return { option, aria, title: t('models.title'), table, sources, explore }
}

export const spec = defineChart({
  name: 'models',
  datasets: ['models'],
  model: (_p, data, env) => modelsChart(data.models, env),
  height: tall(360, 360),
})
