import type { Row } from './data/schema'
import type { Translate } from './i18n'

export interface ModelList {
  collection: string
  title: string
  items: Row<'models'>[]
}

/** The post's appendix lists, in the order the slide shows them; ModelLists.vue and the reading view draw these. */
export function modelLists(models: Row<'models'>[], t: Translate): ModelList[] {
  const by = (c: string) => models.filter(m => m.collection === c)
  return [
    { collection: 'tf-official', title: t('models.tfOfficial'), items: by('tf-official') },
    { collection: 'tf-research', title: t('models.tfResearch'), items: by('tf-research') },
    { collection: 'torchvision-0.3', title: t('modelLists.tv03'), items: by('torchvision-0.3') },
    { collection: 'torchvision-0.4', title: t('modelLists.tv04'), items: by('torchvision-0.4') },
  ]
}
