package io.lakejob.sdk.flink.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class using {@link LakeJobFlinkExtension} a {@code LakeJobClient} of its own: its own
 * queues, catalog, global variables, templates, resources and job ids, starting empty, on the same
 * warm embedded Flink cluster as every other class of the run. The client is created for the
 * class's first test (or {@code @BeforeAll} method) that asks for one and closed after its last
 * test, cancelling the jobs it left running; its folders are deleted then.
 *
 * <p>{@code @Nested} classes share the client of the innermost enclosing class that carries this
 * annotation, unless they carry it themselves; subclasses inherit it. Without it, a class gets the
 * run's shared client, whose state carries over from class to class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IsolatedClient {}
