-- Fortolkning (DOMAIN.md §6.2, §6.3): the municipality's help text for a requirement, as a column of the
-- purchaser's krav.xlsx (only when any requirement of the dialogue has one, never in the supplier's) and of
-- besvarelse.xlsx. Kept with the dialogue's frozen copy like the other texts; null when there is none.
alter table dialogue_requirement add column interpretation text check (char_length(interpretation) <= 20000);
