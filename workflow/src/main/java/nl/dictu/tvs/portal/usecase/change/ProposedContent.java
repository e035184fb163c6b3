package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.RequestedAttribute;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.shared.json.Json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services and contacts of a change request as stored with it ({@code change_request.content_json}): every
 * field of {@link ServiceDeclaration} and {@link Contact}, so reading it back gives the same declarations.
 */
record ProposedContent(List<ServiceDeclaration> services, List<Contact> contacts) {

    ProposedContent {
        services = List.copyOf(services);
        contacts = List.copyOf(contacts);
    }

    String toJson() {
        List<Object> serviceList = new ArrayList<>();
        for (ServiceDeclaration s : services) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("name", s.name());
            service.put("nameEn", s.nameEn());
            service.put("minimumLevels", s.minimumLevels().stream().sorted().map(Enum::name).toList());
            service.put("description", s.description());
            service.put("url", s.url());
            service.put("privacyPolicyUrl", s.privacyPolicyUrl());
            service.put("identifyingAttributes", s.identifyingAttributes().stream().sorted().map(Enum::name).toList());
            service.put("requestedAttributes", s.requestedAttributes().stream()
                    .map(a -> (Object) map("name", a.name(), "purposeNl", a.purposeNl(), "purposeEn", a.purposeEn())).toList());
            service.put("machtigen", s.machtigen());
            serviceList.add(service);
        }
        List<Object> contactList = contacts.stream()
                .map(c -> (Object) map("role", c.role().name(), "name", c.name(), "email", c.email(), "phone", c.phone()))
                .toList();
        return Json.write(map("services", serviceList, "contacts", contactList));
    }

    @SuppressWarnings("unchecked")
    static ProposedContent fromJson(String json) {
        Map<String, Object> root = Json.readObject(json);
        List<ServiceDeclaration> services = new ArrayList<>();
        for (Object item : (List<Object>) root.get("services")) {
            Map<String, Object> s = (Map<String, Object>) item;
            Set<AssuranceLevel> levels = EnumSet.noneOf(AssuranceLevel.class);
            ((List<Object>) s.get("minimumLevels")).forEach(level -> levels.add(AssuranceLevel.valueOf((String) level)));
            Set<IdentifyingAttribute> identifying = EnumSet.noneOf(IdentifyingAttribute.class);
            ((List<Object>) s.get("identifyingAttributes")).forEach(a -> identifying.add(IdentifyingAttribute.valueOf((String) a)));
            List<RequestedAttribute> requested = ((List<Object>) s.get("requestedAttributes")).stream()
                    .map(a -> (Map<String, Object>) a)
                    .map(a -> new RequestedAttribute((String) a.get("name"), (String) a.get("purposeNl"), (String) a.get("purposeEn")))
                    .toList();
            services.add(new ServiceDeclaration((String) s.get("name"), (String) s.get("nameEn"), levels,
                    (String) s.get("description"), (String) s.get("url"), (String) s.get("privacyPolicyUrl"), identifying,
                    requested, Boolean.TRUE.equals(s.get("machtigen"))));
        }
        List<Contact> contacts = ((List<Object>) root.get("contacts")).stream()
                .map(c -> (Map<String, Object>) c)
                .map(c -> new Contact(ContactRole.valueOf((String) c.get("role")), (String) c.get("name"),
                        (String) c.get("email"), (String) c.get("phone")))
                .toList();
        return new ProposedContent(services, contacts);
    }

    /** An ordered map of the keys and values given in turn, for a JSON object. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
