-- The confirmation that a connection ends (issue 16) is an issued document of its own type.
-- Written for H2 2.x and PostgreSQL 15 alike.
ALTER TABLE issued_document DROP CONSTRAINT ck_issued_document_type;
ALTER TABLE issued_document ADD CONSTRAINT ck_issued_document_type CHECK (document_type IN
    ('RECEIPT', 'CHECKLIST_ASSESSMENT', 'PREPRODUCTION_APPROVAL', 'PRODUCTION_CONFIRMATION', 'DOSSIER',
     'TERMINATION_CONFIRMATION'));
