-- Where each expression's value comes from (docs/annotators.md, "Where a value comes from"):
-- heideltime:<rule> for one of HeidelTime's own rules, tarikh:<annotator> or
-- tarikh:grammar:<rule>+… for Tarikh's. Null for rows written before this column existed.
ALTER TABLE timex ADD COLUMN timex_rule VARCHAR(200);
