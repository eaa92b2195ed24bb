package app.limber.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import app.limber.catalogue.model.ReadModel;
import app.limber.exercise.ExerciseService;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Service;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The Spring MVC slice every controller test runs in: all of Limber's controllers and
 * advice with the real services, spied on, over a mock read model that each test points
 * at a catalogue. Declared once, so that every controller test shares one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = { @Filter(type = FilterType.ANNOTATION, classes = Service.class),
		@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = QueryBinder.class) })
@MockitoBean(types = ReadModel.class)
@MockitoSpyBean(types = ExerciseService.class)
public @interface ControllerSliceTest {

}
