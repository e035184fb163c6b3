package nl.dictu.tvs.portal.web.view;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MethodCallResolverTest {

    private final MethodCallResolver resolver = new MethodCallResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    public record Row(String reference, int number) {

        public String reference(String prefix) {
            return prefix + reference;
        }

        public int plus(int more) {
            return number + more;
        }

        public String label(String text) {
            return text;
        }

        public String label(Integer count) {
            return "#" + count;
        }

        public String joined(String... parts) {
            return String.join("-", parts);
        }

        public static String kind() {
            return "row";
        }

        public String fails() {
            throw new IllegalStateException("broken row");
        }
    }

    /** Narrows the return type: the compiler adds a bridge method {@code Object value()}. */
    public static class Narrowed extends Wide {
        @Override
        public String value() {
            return "narrow";
        }
    }

    public static class Wide {
        public Object value() {
            return "wide";
        }
    }

    private record Hidden(String name) {
    }

    @Test
    void shouldCallTheRecordsAccessorAndSayItResolvedTheCall() {
        Object value = resolver.invoke(context, new Row("TVS-1", 7), "reference", null, new Object[0]);

        assertThat(value).isEqualTo("TVS-1");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.invoke(context, new Row("TVS-2", 8), "number", new Class<?>[0], null)).isEqualTo(8);
    }

    @Test
    void shouldCallTheOneMethodOfThatNameAndCountWithArgumentsOfItsTypes() {
        assertThat(resolver.invoke(context, new Row("TVS-1", 7), "reference", null, new Object[]{"x-"})).isEqualTo("x-TVS-1");
        assertThat(resolver.invoke(context, "step.", "concat", null, new Object[]{"registration"})).isEqualTo("step.registration");
        assertThat(resolver.invoke(context, new Row("TVS-1", 7), "plus", null, new Object[]{3})).as("boxed to int").isEqualTo(10);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void shouldLeaveToElWhatElWouldConvertChooseOrSpread() {
        Row row = new Row("TVS-1", 7);
        assertThat(resolver.invoke(context, row, "reference", null, new Object[]{7})).as("EL would coerce 7 to a String").isNull();
        assertThat(resolver.invoke(context, row, "reference", null, new Object[]{null})).as("EL would coerce null").isNull();
        assertThat(resolver.invoke(context, row, "plus", null, new Object[]{3L})).as("a Long for an int").isNull();
        assertThat(resolver.invoke(context, row, "label", null, new Object[]{"x"})).as("overloaded by type").isNull();
        assertThat(resolver.invoke(context, row, "joined", null, new Object[]{"a"})).as("variable arguments").isNull();
        assertThat(resolver.invoke(context, row, "reference", new Class<?>[]{String.class}, new Object[]{"x"}))
                .as("a method expression naming its parameter types").isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void shouldCallTheNarrowedMethodNotItsBridge() {
        assertThat(resolver.invoke(context, new Narrowed(), "value", null, new Object[0])).isEqualTo("narrow");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void shouldLeaveStaticMethodsUnknownNamesAndHiddenClassesToEl() {
        assertThat(resolver.invoke(context, new Row("TVS-1", 7), "kind", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, new Row("TVS-1", 7), "missing", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, new Hidden("x"), "name", null, new Object[0])).isNull();
        // List.of gives an instance of a class that is not public: EL finds size() through the List interface
        assertThat(resolver.invoke(context, List.of(1, 2), "size", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, null, "size", null, new Object[0])).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void shouldGiveTheMethodsOwnFailureAsEl() {
        assertThatThrownBy(() -> resolver.invoke(context, new Row("TVS-1", 7), "fails", null, new Object[0]))
                .isInstanceOf(ELException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("broken row");
    }

    @Test
    void shouldAnswerTheSameOnTheSecondCall() {
        Row row = new Row("TVS-3", 9);
        resolver.invoke(context, row, "reference", null, new Object[0]);
        context.setPropertyResolved(false);

        assertThat(resolver.invoke(context, row, "reference", null, new Object[0])).isEqualTo("TVS-3");
        assertThat(context.isPropertyResolved()).isTrue();
    }
}
