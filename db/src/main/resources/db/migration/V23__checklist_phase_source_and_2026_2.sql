-- Checklist items know the phase in which they are asked (with the application, or with the
-- production request), cite the document they come from, and may be provisional until the owner
-- of that document supplies the text. Then checklist 2026.2 (Logius' checklist for DigiD and
-- Machtigen v1.0, the public TVS items and the eID SAML interface specification) becomes the
-- published version new applications get. Written for H2 2.x and PostgreSQL 15 alike.

-- Every existing item was asked with the application: that is its phase.
ALTER TABLE checklist_item ADD COLUMN phase VARCHAR(20) DEFAULT 'PREPRODUCTION' NOT NULL;
ALTER TABLE checklist_item ADD CONSTRAINT ck_checklist_item_phase CHECK (phase IN ('PREPRODUCTION', 'PRODUCTION'));
ALTER TABLE checklist_item ADD COLUMN source_title VARCHAR(300);
ALTER TABLE checklist_item ADD COLUMN source_version VARCHAR(100);
ALTER TABLE checklist_item ADD COLUMN source_url VARCHAR(500);
ALTER TABLE checklist_item ADD COLUMN provisional BOOLEAN DEFAULT FALSE NOT NULL;

-- The items of existing versions come from the portal's own checklist of that version.
UPDATE checklist_item SET source_title = (
    SELECT 'Checklist TVS Aansluitportaal ' || d.label FROM checklist_definition d WHERE d.id = checklist_item.definition_id);
ALTER TABLE checklist_item ALTER COLUMN source_title SET NOT NULL;

INSERT INTO checklist_definition (label, status, created_at, created_by, published_at, published_by)
VALUES ('2026.2', 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00:00', 'system',
        TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00:00', 'system');

INSERT INTO checklist_item (definition_id, position, code, applies_to, phase, text_nl, text_en,
                            source_title, source_version, source_url, provisional)
SELECT d.id, i.position, i.code, i.applies_to, i.phase, i.text_nl, i.text_en,
       i.source_title, i.source_version, i.source_url, i.provisional
FROM checklist_definition d,
     (VALUES
        (1, 'D1', 'DIGID', 'PREPRODUCTION',
            'Beveiligingsrichtlijnen: de webdienst en de systemen achter de aansluiting voldoen aan de beveiligingsrichtlijnen van DigiD.',
            'Security guidelines: the web service and the systems behind the connection meet the DigiD security guidelines.',
            'Checklist aansluiten op DigiD en DigiD Machtigen', 'versie 1.0, 1 november 2022',
            'https://www.logius.nl/domeinen/toegang/digid/documentatie/checklist-aansluiten-op-digid-en-digid-machtigen', FALSE),
        (2, 'D2', 'DIGID', 'PREPRODUCTION',
            'Geen propagatie of afgeleide of verlengde toegang: de persoonsgegevens (Besluit digitale overheid, hoofdstuk 3, artikel 6 en 7) die na een geslaagde authenticatie met DigiD of Machtigen beschikbaar komen, worden alleen tijdens die sessie gebruikt. Worden deze gegevens of een afgeleide ervan later hergebruikt in hetzelfde of een ander systeem, dan alleen nadat de gebruiker zich opnieuw heeft geauthenticeerd op ten minste het betrouwbaarheidsniveau van de dienst, en alleen op een systeem dat voldoet aan de beveiligingsrichtlijnen van DigiD.',
            'No propagation, derived or extended access: the personal data (Digital Government Decree, chapter 3, articles 6 and 7) that become available after a successful authentication with DigiD or Machtigen are used only during that session. If these data or anything derived from them are reused later in the same or another system, then only after the user has authenticated again at no less than the service''s assurance level, and only on a system that meets the DigiD security guidelines.',
            'Checklist aansluiten op DigiD en DigiD Machtigen', 'versie 1.0, 1 november 2022',
            'https://www.logius.nl/domeinen/toegang/digid/documentatie/checklist-aansluiten-op-digid-en-digid-machtigen', FALSE),
        (3, 'C1', 'DIGID', 'PRODUCTION',
            'Geen testdata of "under construction"-teksten: de pagina''s en schermen voor en na de authenticatie bevatten geen teksten of plaatjes die aangeven dat de site "under construction" is, en geen testgegevens of links naar testpagina''s of -schermen. Geldt niet voor een preproductieaansluiting.',
            'No test data or "under construction" texts: the pages and screens before and after authentication contain no texts or images saying the site is "under construction", and no test data or links to test pages or screens. Does not apply to a preproduction connection.',
            'Checklist aansluiten op DigiD en DigiD Machtigen', 'versie 1.0, 1 november 2022',
            'https://www.logius.nl/domeinen/toegang/digid/documentatie/checklist-aansluiten-op-digid-en-digid-machtigen', FALSE),
        (4, 'C2', 'DIGID', 'PREPRODUCTION',
            'Naam van de BSN-gerechtigde organisatie: bij de inlogmogelijkheid met (de link of knop naar) DigiD of Machtigen staat de naam van de BSN-gerechtigde afnemer zoals die is geregistreerd in de Autorisatielijst BSN-gerechtigden (ALB) van RvIG. Dit mag niet de naam zijn van de verwerker of van de softwareleverancier.',
            'Name of the organisation entitled to the BSN: beside the way to log in with (the link or button to) DigiD or Machtigen stands the name of the BSN-entitled customer as registered in RvIG''s list of BSN-entitled organisations (ALB). This must not be the name of the processor or of the software supplier.',
            'Checklist aansluiten op DigiD en DigiD Machtigen', 'versie 1.0, 1 november 2022',
            'https://www.logius.nl/domeinen/toegang/digid/documentatie/checklist-aansluiten-op-digid-en-digid-machtigen', FALSE),
        (5, 'C3', 'DIGID', 'PREPRODUCTION',
            'Geen deeplinks: links naar DigiD of Machtigen voor "meer informatie" verwijzen voor DigiD naar https://www.digid.nl en voor Machtigen naar de informatiepagina van DigiD Machtigen, niet naar pagina''s binnen DigiD.',
            'No deep links: links to DigiD or Machtigen for "more information" point to https://www.digid.nl for DigiD and to the DigiD Machtigen information page for Machtigen, not to pages inside DigiD.',
            'Checklist aansluiten op DigiD en DigiD Machtigen', 'versie 1.0, 1 november 2022',
            'https://www.logius.nl/domeinen/toegang/digid/documentatie/checklist-aansluiten-op-digid-en-digid-machtigen', FALSE),
        (6, 'T3', 'ALWAYS', 'PREPRODUCTION',
            'Wie het inloggen annuleert, komt terug bij de webdienst en krijgt daar een melding dat het inloggen is geannuleerd.',
            'Whoever cancels the login returns to the web service and is told there that the login was cancelled.',
            'TVS Checklist Testen', 'versie 2.1', NULL, TRUE),
        (7, 'T6', 'ALWAYS', 'PREPRODUCTION',
            'De webdienst accepteert elk betrouwbaarheidsniveau dat gelijk is aan of hoger dan het minimumniveau dat voor de dienst (ServiceUUID) is geregistreerd.',
            'The web service accepts every assurance level equal to or higher than the minimum level registered for the service (ServiceUUID).',
            'TVS Checklist Testen', 'versie 2.1', NULL, TRUE),
        (8, 'L10', 'DIGID', 'PREPRODUCTION',
            'Mislukt het inloggen met DigiD, dan toont de webdienst letterlijk de tekst "Inloggen bij deze organisatie is niet gelukt. Probeert u het later nog een keer. Lukt het nog steeds niet? Log in bij Mijn DigiD. Zo controleert u of uw DigiD goed werkt. Mogelijk is er een storing bij de organisatie waar u inlogt." en beëindigt hij een eventuele lokale sessie.',
            'When logging in with DigiD fails, the web service shows the literal Dutch text "Inloggen bij deze organisatie is niet gelukt. Probeert u het later nog een keer. Lukt het nog steeds niet? Log in bij Mijn DigiD. Zo controleert u of uw DigiD goed werkt. Mogelijk is er een storing bij de organisatie waar u inlogt." and ends any local session.',
            'TVS Checklist Testen', 'versie 2.1', NULL, TRUE),
        (9, 'S1', 'ALWAYS', 'PREPRODUCTION',
            'De lokale sessie bij de webdienst eindigt na ten hoogste 30 minuten zonder activiteit; sessiecookies zijn Secure en HttpOnly, en een antwoord kan niet opnieuw worden afgespeeld.',
            'The local session at the web service ends after at most 30 minutes without activity; session cookies are Secure and HttpOnly, and a response cannot be replayed.',
            'Koppelvlakspecificatie eID SAML (Logius), §9.7', 'versie 4.4', 'https://tvs.dictu.nl', FALSE),
        (10, 'S2', 'ALWAYS', 'PREPRODUCTION',
            'Het inloggen gebeurt niet in een iframe: de gebruiker ziet de inlogpagina in het volledige venster met de volledige adresbalk.',
            'Logging in does not happen in an iframe: the user sees the login page in the full window with the full address bar.',
            'Koppelvlakspecificatie eID SAML (Logius), §9.9', 'versie 4.4', 'https://tvs.dictu.nl', FALSE),
        (11, 'H1', 'EHERKENNING', 'PREPRODUCTION',
            'De dienst staat met de gevraagde betrouwbaarheidsniveaus in de eHerkenning-dienstencatalogus.',
            'The service is listed in the eHerkenning service catalogue with the requested assurance levels.',
            'Afsprakenstelsel Elektronische Toegangsdiensten, Dienstencatalogus', NULL,
            'https://afsprakenstelsel.etoegang.nl/Startpagina/as/service-catalog', FALSE),
        (12, 'I1', 'EIDAS', 'PREPRODUCTION',
            'De webdienst werkt voor Europese gebruikers zonder BSN en toont een Engelstalige inlogpagina.',
            'The web service works for European users without a BSN and offers an English login page.',
            'eIDAS voor dienstverleners (eHerkenning)', NULL,
            'https://www.eherkenning.nl/nl/voor-dienstverleners/klanten-in-europa-eidas', FALSE),
        (13, 'E1', 'EENMALIG_INLOGGEN', 'PREPRODUCTION',
            'Uitloggen begint bij de webdienst: die stuurt een ondertekend LogoutRequest naar TVS en verwerkt het LogoutResponse op haar SingleLogoutService met binding HTTP-POST. TVS stuurt zelf geen uitlogverzoeken namens de federatie.',
            'Logout starts at the web service: it sends a signed LogoutRequest to TVS and handles the LogoutResponse on its SingleLogoutService with the HTTP-POST binding. TVS itself sends no logout requests on behalf of the federation.',
            'Koppelvlakspecificatie eID SAML (Logius), §3.1.1.1 en §8.3', 'versie 4.4', 'https://tvs.dictu.nl', FALSE),
        (14, 'E2', 'EENMALIG_INLOGGEN', 'PREPRODUCTION',
            'De webdienst zet in het AuthnRequest geen ForceAuthn="true", zodat een bestaande sessie binnen de federatie wordt hergebruikt.',
            'The web service does not set ForceAuthn="true" in the AuthnRequest, so that an existing session within the federation is reused.',
            'Koppelvlakspecificatie eID SAML (Logius), §7.7', 'versie 4.4', 'https://tvs.dictu.nl', FALSE),
        (15, 'B1', 'ALWAYS', 'PREPRODUCTION',
            'De eerste ICT-beveiligingsassessment DigiD (Normenkader 3.0) is gepland: het rapport van een RE-auditor volgt binnen twee maanden na de activatie van de productieaansluiting.',
            'The first DigiD ICT security assessment (Normenkader 3.0) is planned: the report of an RE auditor follows within two months of the production connection''s activation.',
            'ICT-beveiligingsassessments DigiD: hoe werkt het?', NULL,
            'https://logius.nl/domeinen/toegang/digid/ict-beveiligingsassessments-digid/hoe-werkt-het', FALSE)
     ) AS i (position, code, applies_to, phase, text_nl, text_en, source_title, source_version, source_url, provisional)
WHERE d.label = '2026.2';
