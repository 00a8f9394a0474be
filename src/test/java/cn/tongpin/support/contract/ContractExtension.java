package cn.tongpin.support.contract;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Auto-registered (META-INF/services): puts the contract gate ({@link ContractFilter}) on every
 * test's REST Assured, through the test class's own class loader (the one whose REST Assured a
 * {@code @QuarkusTest} uses), and tells it which test is running.
 */
public class ContractExtension implements BeforeEachCallback {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (STARTED.compareAndSet(false, true)) {
            ContractViolations.reset();
        }
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Class<?> filter = Class.forName(ContractFilter.class.getName(), true, loader);
        filter.getMethod("install", String.class).invoke(null, test);
    }
}
