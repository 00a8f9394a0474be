package cn.tongpin.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Auto-registered (META-INF/services): makes every test's REST Assured calls carry the test admin
 * key. Installed through the test class's own class loader, which is the one whose REST Assured the
 * test uses under @QuarkusTest.
 */
public class AdminKeyExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        Class<?> keys = Class.forName(TestKeys.class.getName(), true, loader);
        keys.getMethod("install").invoke(null);
    }
}
