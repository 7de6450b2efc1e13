/** Where the reader's plan lives: a page of its own (src/pages/t1/plan.tsx), written in its slash form. */
export const PLAN_PAGE = '/t1/plan/';
