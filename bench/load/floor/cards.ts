import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface Card {
  id: string
  title: { en: string; ko: string }
}

export const useCards = defineStore('cards', () => ({ cards: ref<Card[]>([]) }))
