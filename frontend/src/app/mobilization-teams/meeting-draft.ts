import type { CaseCategory, CreateMeetingRequest } from '@tiep-dan/contracts';
import { lines, vietnamToday } from '../dialogues/dialogue-labels';

/** The monthly meeting form as typed: free text, numbers as typed, rows that may still be empty. */
export interface MeetingDraft {
  date: string;
  attendance: number;
  topics: string;
  notes: string;
  propagandaSessions: number;
  peopleReached: number;
  opinions: { raisedBy: string; content: string; category: CaseCategory }[];
  tasks: { memberId: string; description: string; dueDate: string }[];
}

/** A fresh meeting of today, with one empty opinion to fill. */
export function emptyMeeting(): MeetingDraft {
  return {
    date: vietnamToday(),
    attendance: 0,
    topics: '',
    notes: '',
    propagandaSessions: 0,
    peopleReached: 0,
    opinions: [{ raisedBy: '', content: '', category: 'other' }],
    tasks: [],
  };
}

/** The request of a meeting: a topic a line, empty opinions and tasks (no text or no member) left out. */
export function meetingRequest(m: MeetingDraft): CreateMeetingRequest {
  return {
    date: m.date,
    attendance: Number(m.attendance) || 0,
    topics: lines(m.topics),
    ...(m.notes.trim() ? { notes: m.notes } : {}),
    propagandaSessions: Number(m.propagandaSessions) || 0,
    peopleReached: Number(m.peopleReached) || 0,
    opinions: m.opinions
      .filter((o) => o.content.trim())
      .map((o) => ({
        content: o.content,
        category: o.category,
        ...(o.raisedBy.trim() ? { raisedBy: o.raisedBy } : {}),
      })),
    tasks: m.tasks
      .filter((k) => k.description.trim() && k.memberId)
      .map((k) => ({
        memberId: k.memberId,
        description: k.description,
        ...(k.dueDate ? { dueDate: k.dueDate } : {}),
      })),
  };
}
