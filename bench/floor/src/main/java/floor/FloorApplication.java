package floor;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's stack with none of its code: one indexed entity, one repository, one page. bench/startup
 * starts it beside the portal, so the part of a start that is the framework's is measured, not guessed.
 */
@SpringBootApplication
// The entity, repository and page stay in this one file: the floor is a measurement, not a design.
@EnableJpaRepositories(considerNestedRepositories = true)
public class FloorApplication {

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

	@Entity
	@Table(name = "role")
	@Indexed
	public static class Role {

		@Id
		String slug;

		@FullTextField
		String name;

		public String getName() {
			return this.name;
		}

	}

	public interface Roles extends JpaRepository<Role, String> {

	}

	/** Answers the address bench/startup polls for the portal, so both are timed to the same request. */
	@Controller
	static class RolePage {

		private final Roles roles;

		RolePage(Roles roles) {
			this.roles = roles;
		}

		@GetMapping("/roles/{slug}")
		String role(@PathVariable String slug, Model model) {
			List<Role> found = this.roles.findAllById(List.of(slug));
			model.addAttribute("roles", found);
			return "role";
		}

	}

}
